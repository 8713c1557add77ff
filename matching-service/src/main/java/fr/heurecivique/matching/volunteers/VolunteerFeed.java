package fr.heurecivique.matching.volunteers;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.volunteer.VolunteerStateEvent;
import fr.heurecivique.defaults.kafka.IncomingEvent;
import fr.heurecivique.matching.domain.activity.ActivityBook;
import fr.heurecivique.matching.domain.index.VolunteerIndex;
import fr.heurecivique.matching.domain.volunteers.Volunteer;

/**
 * Applies one {@code volunteer.events} record to the in-memory read model: the newest state of each volunteer
 * replaces the older ones (an older or repeated one changes nothing), and VolunteerErased or the tombstone after it
 * forget them for good. Shared by the service's listener and the benchmark's rebuild, so that the benchmark times the
 * service's own path.
 */
public final class VolunteerFeed {

    private final VolunteerIndex index;
    private final ActivityBook activity;

    public VolunteerFeed(VolunteerIndex index, ActivityBook activity) {
        this.index = index;
        this.activity = activity;
    }

    /** @return whether the record changed the read model */
    public boolean apply(IncomingEvent event) {
        if (event.isTombstone()) {
            return erase(event.key());
        }
        if (event.is(EventCatalog.VOLUNTEER_ERASED)) {
            return erase(event.data(EventCatalog.VOLUNTEER_ERASED).volunteerId());
        }
        return event.dataAs(VolunteerStateEvent.class).map(VolunteerStateEvent::volunteer)
                .map(state -> index.upsert(Volunteer.of(state))).orElse(false);
    }

    private boolean erase(String volunteerId) {
        if (volunteerId == null) {
            return false;
        }
        index.erase(volunteerId);
        activity.forget(volunteerId);
        return true;
    }
}
