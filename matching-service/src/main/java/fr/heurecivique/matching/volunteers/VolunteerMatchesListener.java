package fr.heurecivique.matching.volunteers;

import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.volunteer.VolunteerStateEvent;
import fr.heurecivique.defaults.inbox.EventInbox;
import fr.heurecivique.defaults.kafka.IncomingEvent;
import fr.heurecivique.matching.matches.NeedMatchesStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.Clock;

/**
 * What a volunteer's lifecycle does to their matches, once per event across the instances (a shared consumer group):
 * an erased volunteer's matches are anonymised (pending ones cancelled first), a withdrawn volunteer's pending matches
 * are cancelled, a paused or moved volunteer's proposals are withdrawn.
 */
@Component
class VolunteerMatchesListener {

    static final String CONSUMER = "matching.volunteer-matches";
    private static final Logger log = LoggerFactory.getLogger(VolunteerMatchesListener.class);

    private final EventInbox inbox;
    private final NeedMatchesStore store;
    private final Clock clock;

    VolunteerMatchesListener(EventInbox inbox, NeedMatchesStore store, Clock clock) {
        this.inbox = inbox;
        this.store = store;
        this.clock = clock;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.Names.VOLUNTEER_EVENTS)
    void on(ConsumerRecord<String, JsonNode> record) {
        inbox.applyOnce(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        String id = EventInbox.erasedVolunteer(event).orElse(null);
        if (id != null) {
            int needs = 0;
            for (var board : store.ofVolunteer(id)) {
                store.change(board.id(), fresh -> fresh.forgetVolunteer(id, clock.instant()));
                needs++;
            }
            if (needs > 0) {
                log.info("Anonymised the matches of erased volunteer {} on {} needs", id, needs);
            }
            return;
        }
        // Withdrawn, paused, or moved (a commune other than their proposals'): see NeedMatches#volunteerChanged.
        event.dataAs(VolunteerStateEvent.class).map(VolunteerStateEvent::volunteer)
                .filter(state -> state.volunteerId() != null)
                .ifPresent(state -> store.ofVolunteer(state.volunteerId()).forEach(board -> store.change(board.id(),
                        fresh -> fresh.volunteerChanged(state.volunteerId(), state.status(), state.communeInsee(),
                                clock.instant()))));
    }
}
