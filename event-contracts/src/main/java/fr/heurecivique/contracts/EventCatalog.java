package fr.heurecivique.contracts;

import fr.heurecivique.contracts.need.NeedPosted;
import fr.heurecivique.contracts.notification.NotificationFailed;
import fr.heurecivique.contracts.notification.NotificationSent;
import fr.heurecivique.contracts.roster.RosterDigestPublished;
import fr.heurecivique.contracts.volunteer.VolunteerErased;
import fr.heurecivique.contracts.volunteer.VolunteerInterviewScheduled;
import fr.heurecivique.contracts.volunteer.VolunteerInterviewed;
import fr.heurecivique.contracts.volunteer.VolunteerPaused;
import fr.heurecivique.contracts.volunteer.VolunteerRegistered;
import fr.heurecivique.contracts.volunteer.VolunteerResumed;
import fr.heurecivique.contracts.volunteer.VolunteerSessionAttended;
import fr.heurecivique.contracts.volunteer.VolunteerSessionBooked;
import fr.heurecivique.contracts.volunteer.VolunteerUpdated;
import fr.heurecivique.contracts.volunteer.VolunteerWithdrawn;

import java.util.List;
import java.util.Optional;

/**
 * Every event type of the platform. Within a version only optional fields are added; a breaking
 * change is a new type with the next {@code vN} suffix. See docs/events.md.
 */
public final class EventCatalog {

    public static final EventType<VolunteerRegistered> VOLUNTEER_REGISTERED = new EventType<>(
            "fr.heurecivique.volunteer.registered.v1", Topics.VOLUNTEER_EVENTS, VolunteerRegistered.class);

    public static final EventType<VolunteerSessionBooked> VOLUNTEER_SESSION_BOOKED = new EventType<>(
            "fr.heurecivique.volunteer.session-booked.v1", Topics.VOLUNTEER_EVENTS, VolunteerSessionBooked.class);

    public static final EventType<VolunteerSessionAttended> VOLUNTEER_SESSION_ATTENDED = new EventType<>(
            "fr.heurecivique.volunteer.session-attended.v1", Topics.VOLUNTEER_EVENTS, VolunteerSessionAttended.class);

    public static final EventType<VolunteerInterviewScheduled> VOLUNTEER_INTERVIEW_SCHEDULED = new EventType<>(
            "fr.heurecivique.volunteer.interview-scheduled.v1", Topics.VOLUNTEER_EVENTS,
            VolunteerInterviewScheduled.class);

    public static final EventType<VolunteerInterviewed> VOLUNTEER_INTERVIEWED = new EventType<>(
            "fr.heurecivique.volunteer.interviewed.v1", Topics.VOLUNTEER_EVENTS, VolunteerInterviewed.class);

    public static final EventType<VolunteerUpdated> VOLUNTEER_UPDATED = new EventType<>(
            "fr.heurecivique.volunteer.updated.v1", Topics.VOLUNTEER_EVENTS, VolunteerUpdated.class);

    public static final EventType<VolunteerPaused> VOLUNTEER_PAUSED = new EventType<>(
            "fr.heurecivique.volunteer.paused.v1", Topics.VOLUNTEER_EVENTS, VolunteerPaused.class);

    public static final EventType<VolunteerResumed> VOLUNTEER_RESUMED = new EventType<>(
            "fr.heurecivique.volunteer.resumed.v1", Topics.VOLUNTEER_EVENTS, VolunteerResumed.class);

    public static final EventType<VolunteerWithdrawn> VOLUNTEER_WITHDRAWN = new EventType<>(
            "fr.heurecivique.volunteer.withdrawn.v1", Topics.VOLUNTEER_EVENTS, VolunteerWithdrawn.class);

    /** Followed by a tombstone (null value, same key) on the compacted topic. */
    public static final EventType<VolunteerErased> VOLUNTEER_ERASED = new EventType<>(
            "fr.heurecivique.volunteer.erased.v1", Topics.VOLUNTEER_EVENTS, VolunteerErased.class);

    public static final EventType<RosterDigestPublished> ROSTER_DIGEST_PUBLISHED = new EventType<>(
            "fr.heurecivique.roster.digest-published.v1", Topics.ROSTER_EVENTS, RosterDigestPublished.class);

    public static final EventType<NeedPosted> NEED_POSTED = new EventType<>(
            "fr.heurecivique.need.posted.v1", Topics.NEED_EVENTS, NeedPosted.class);

    public static final EventType<NotificationSent> NOTIFICATION_SENT = new EventType<>(
            "fr.heurecivique.notification.sent.v1", Topics.NOTIFICATION_EVENTS, NotificationSent.class);

    public static final EventType<NotificationFailed> NOTIFICATION_FAILED = new EventType<>(
            "fr.heurecivique.notification.failed.v1", Topics.NOTIFICATION_EVENTS, NotificationFailed.class);

    public static final List<EventType<?>> ALL = List.of(VOLUNTEER_REGISTERED, VOLUNTEER_SESSION_BOOKED,
            VOLUNTEER_SESSION_ATTENDED, VOLUNTEER_INTERVIEW_SCHEDULED, VOLUNTEER_INTERVIEWED, VOLUNTEER_UPDATED,
            VOLUNTEER_PAUSED, VOLUNTEER_RESUMED, VOLUNTEER_WITHDRAWN, VOLUNTEER_ERASED, NEED_POSTED, NOTIFICATION_SENT,
            NOTIFICATION_FAILED, ROSTER_DIGEST_PUBLISHED);

    private EventCatalog() {
    }

    public static Optional<EventType<?>> byName(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }
}
