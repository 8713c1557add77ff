package fr.heurecivique.contracts;

import java.util.List;
import java.util.Optional;

/** The platform's topics, one per aggregate. */
public final class Topics {

    /** Volunteer events, keyed by volunteer id; each carries the volunteer's current state, so the topic is compacted. */
    public static final Topic VOLUNTEER_EVENTS = new Topic(Names.VOLUNTEER_EVENTS, true);
    /** Commune events (partnership, referents), keyed by INSEE code. */
    public static final Topic COMMUNE_EVENTS = new Topic(Names.COMMUNE_EVENTS, false);
    /**
     * Need events, keyed by need id; each carries the need's whole current state, so the topic is compacted like
     * {@code volunteer.events}: it always holds the latest state of every need, and a read model of needs can be
     * rebuilt by reading it from the start.
     */
    public static final Topic NEED_EVENTS = new Topic(Names.NEED_EVENTS, true);
    /** Match events, keyed by need id so that all matches of a need stay in order. */
    public static final Topic MATCH_EVENTS = new Topic(Names.MATCH_EVENTS, false);
    /** Notification delivery events, keyed by notification id. */
    public static final Topic NOTIFICATION_EVENTS = new Topic(Names.NOTIFICATION_EVENTS, false);
    /**
     * Roster digests of volunteer-service for the town halls, keyed by INSEE code: not on {@code volunteer.events},
     * which is compacted by volunteer id, nor on {@code commune.events}, which belongs to commune-service.
     */
    public static final Topic ROSTER_EVENTS = new Topic(Names.ROSTER_EVENTS, false);

    /** Account events of identity-service (set-password links to send), keyed by account id. */
    public static final Topic ACCOUNT_EVENTS = new Topic(Names.ACCOUNT_EVENTS, false);

    /** Audit of staff access to personal data, keyed by audit id (consumed by identity-service for the admins). */
    public static final Topic AUDIT_EVENTS = new Topic(Names.AUDIT_EVENTS, false);

    public static final List<Topic> ALL = List.of(VOLUNTEER_EVENTS, COMMUNE_EVENTS, NEED_EVENTS, MATCH_EVENTS,
            NOTIFICATION_EVENTS, ROSTER_EVENTS, ACCOUNT_EVENTS, AUDIT_EVENTS);

    private Topics() {
    }

    /** The topic names as compile-time constants, for annotations such as {@code @KafkaListener(topics = ...)}. */
    public static final class Names {
        public static final String VOLUNTEER_EVENTS = "volunteer.events";
        public static final String COMMUNE_EVENTS = "commune.events";
        public static final String NEED_EVENTS = "need.events";
        public static final String MATCH_EVENTS = "match.events";
        public static final String NOTIFICATION_EVENTS = "notification.events";
        public static final String ROSTER_EVENTS = "roster.events";
        public static final String ACCOUNT_EVENTS = "account.events";
        public static final String AUDIT_EVENTS = "audit.events";

        private Names() {
        }
    }

    public static Optional<Topic> byName(String name) {
        return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }
}
