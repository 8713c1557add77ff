package fr.heurecivique.matching.domain.activity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every volunteer's {@link VolunteerActivity}, in memory, for the ranking. Fed by the matches saved on this instance
 * and by {@code match.events} (those of the other instances), and loaded from the stored matches at start; applying a
 * footprint is idempotent and order-tolerant (the newest version of each match wins).
 */
public final class ActivityBook {

    private final Map<String, VolunteerActivity> byVolunteer = new ConcurrentHashMap<>();

    public void apply(String volunteerId, Footprint footprint) {
        if (volunteerId != null) {
            byVolunteer.compute(volunteerId, (id, held) -> (held == null ? VolunteerActivity.NONE : held)
                    .with(footprint));
        }
    }

    public VolunteerActivity of(String volunteerId) {
        VolunteerActivity activity = byVolunteer.get(volunteerId);
        return activity == null ? VolunteerActivity.NONE : activity;
    }

    /** Forgets an erased volunteer. */
    public void forget(String volunteerId) {
        byVolunteer.remove(volunteerId);
    }

    public int size() {
        return byVolunteer.size();
    }
}
