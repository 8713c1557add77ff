package fr.heurecivique.contracts;

import fr.heurecivique.contracts.account.PasswordSetupRequested;
import fr.heurecivique.contracts.audit.PersonalDataAccessed;
import fr.heurecivique.contracts.commune.CommunePartnershipActivated;
import fr.heurecivique.contracts.commune.CommunePartnershipContacted;
import fr.heurecivique.contracts.commune.CommunePartnershipReactivated;
import fr.heurecivique.contracts.commune.CommunePartnershipRequested;
import fr.heurecivique.contracts.commune.CommunePartnershipSuspended;
import fr.heurecivique.contracts.commune.ReferentAppointed;
import fr.heurecivique.contracts.commune.ReferentRemoved;
import fr.heurecivique.contracts.match.MatchAccepted;
import fr.heurecivique.contracts.match.MatchCancelled;
import fr.heurecivique.contracts.match.MatchCompleted;
import fr.heurecivique.contracts.match.MatchDeclined;
import fr.heurecivique.contracts.match.MatchExpired;
import fr.heurecivique.contracts.match.MatchNoShow;
import fr.heurecivique.contracts.match.MatchProposed;
import fr.heurecivique.contracts.match.MatchWithdrawn;
import fr.heurecivique.contracts.need.NeedCancelled;
import fr.heurecivique.contracts.need.NeedClosed;
import fr.heurecivique.contracts.need.NeedExpired;
import fr.heurecivique.contracts.need.NeedFilled;
import fr.heurecivique.contracts.need.NeedPosted;
import fr.heurecivique.contracts.need.NeedReopened;
import fr.heurecivique.contracts.need.NeedUpdated;
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

    // Commune events (commune-service, topic commune.events, key = INSEE code): partnership lifecycle and referents.

    public static final EventType<CommunePartnershipRequested> COMMUNE_PARTNERSHIP_REQUESTED = new EventType<>(
            "fr.heurecivique.commune.partnership-requested.v1", Topics.COMMUNE_EVENTS,
            CommunePartnershipRequested.class);

    public static final EventType<CommunePartnershipContacted> COMMUNE_PARTNERSHIP_CONTACTED = new EventType<>(
            "fr.heurecivique.commune.partnership-contacted.v1", Topics.COMMUNE_EVENTS,
            CommunePartnershipContacted.class);

    public static final EventType<CommunePartnershipActivated> COMMUNE_PARTNERSHIP_ACTIVATED = new EventType<>(
            "fr.heurecivique.commune.partnership-activated.v1", Topics.COMMUNE_EVENTS,
            CommunePartnershipActivated.class);

    public static final EventType<CommunePartnershipSuspended> COMMUNE_PARTNERSHIP_SUSPENDED = new EventType<>(
            "fr.heurecivique.commune.partnership-suspended.v1", Topics.COMMUNE_EVENTS,
            CommunePartnershipSuspended.class);

    public static final EventType<CommunePartnershipReactivated> COMMUNE_PARTNERSHIP_REACTIVATED = new EventType<>(
            "fr.heurecivique.commune.partnership-reactivated.v1", Topics.COMMUNE_EVENTS,
            CommunePartnershipReactivated.class);

    public static final EventType<ReferentAppointed> REFERENT_APPOINTED = new EventType<>(
            "fr.heurecivique.commune.referent-appointed.v1", Topics.COMMUNE_EVENTS, ReferentAppointed.class);

    public static final EventType<ReferentRemoved> REFERENT_REMOVED = new EventType<>(
            "fr.heurecivique.commune.referent-removed.v1", Topics.COMMUNE_EVENTS, ReferentRemoved.class);

    // Need events after the posting (commune-service, topic need.events, key = need id): each carries NeedState.

    public static final EventType<NeedUpdated> NEED_UPDATED = new EventType<>(
            "fr.heurecivique.need.updated.v1", Topics.NEED_EVENTS, NeedUpdated.class);

    public static final EventType<NeedCancelled> NEED_CANCELLED = new EventType<>(
            "fr.heurecivique.need.cancelled.v1", Topics.NEED_EVENTS, NeedCancelled.class);

    public static final EventType<NeedExpired> NEED_EXPIRED = new EventType<>(
            "fr.heurecivique.need.expired.v1", Topics.NEED_EVENTS, NeedExpired.class);

    /** Enough volunteers accepted (matching-service said so on match.events): {@code IN_PROGRESS}. */
    public static final EventType<NeedFilled> NEED_FILLED = new EventType<>(
            "fr.heurecivique.need.filled.v1", Topics.NEED_EVENTS, NeedFilled.class);

    /** An accepted volunteer dropped out of a need in progress: {@code OPEN} again. */
    public static final EventType<NeedReopened> NEED_REOPENED = new EventType<>(
            "fr.heurecivique.need.reopened.v1", Topics.NEED_EVENTS, NeedReopened.class);

    /** The help was given: {@code DONE}. */
    public static final EventType<NeedClosed> NEED_CLOSED = new EventType<>(
            "fr.heurecivique.need.closed.v1", Topics.NEED_EVENTS, NeedClosed.class);

    // Match events (matching-service, topic match.events, key = NEED id): each carries MatchState and MatchNeed.

    public static final EventType<MatchProposed> MATCH_PROPOSED = new EventType<>(
            "fr.heurecivique.match.proposed.v1", Topics.MATCH_EVENTS, MatchProposed.class);

    public static final EventType<MatchAccepted> MATCH_ACCEPTED = new EventType<>(
            "fr.heurecivique.match.accepted.v1", Topics.MATCH_EVENTS, MatchAccepted.class);

    public static final EventType<MatchDeclined> MATCH_DECLINED = new EventType<>(
            "fr.heurecivique.match.declined.v1", Topics.MATCH_EVENTS, MatchDeclined.class);

    public static final EventType<MatchExpired> MATCH_EXPIRED = new EventType<>(
            "fr.heurecivique.match.expired.v1", Topics.MATCH_EVENTS, MatchExpired.class);

    public static final EventType<MatchWithdrawn> MATCH_WITHDRAWN = new EventType<>(
            "fr.heurecivique.match.withdrawn.v1", Topics.MATCH_EVENTS, MatchWithdrawn.class);

    public static final EventType<MatchCancelled> MATCH_CANCELLED = new EventType<>(
            "fr.heurecivique.match.cancelled.v1", Topics.MATCH_EVENTS, MatchCancelled.class);

    public static final EventType<MatchCompleted> MATCH_COMPLETED = new EventType<>(
            "fr.heurecivique.match.completed.v1", Topics.MATCH_EVENTS, MatchCompleted.class);

    public static final EventType<MatchNoShow> MATCH_NO_SHOW = new EventType<>(
            "fr.heurecivique.match.no-show.v1", Topics.MATCH_EVENTS, MatchNoShow.class);

    public static final EventType<NotificationSent> NOTIFICATION_SENT = new EventType<>(
            "fr.heurecivique.notification.sent.v1", Topics.NOTIFICATION_EVENTS, NotificationSent.class);

    public static final EventType<NotificationFailed> NOTIFICATION_FAILED = new EventType<>(
            "fr.heurecivique.notification.failed.v1", Topics.NOTIFICATION_EVENTS, NotificationFailed.class);

    public static final EventType<PasswordSetupRequested> ACCOUNT_PASSWORD_SETUP_REQUESTED = new EventType<>(
            "fr.heurecivique.account.password-setup-requested.v1", Topics.ACCOUNT_EVENTS,
            PasswordSetupRequested.class);

    public static final EventType<PersonalDataAccessed> PERSONAL_DATA_ACCESSED = new EventType<>(
            "fr.heurecivique.audit.personal-data-accessed.v1", Topics.AUDIT_EVENTS, PersonalDataAccessed.class);

    public static final List<EventType<?>> ALL = List.of(VOLUNTEER_REGISTERED, VOLUNTEER_SESSION_BOOKED,
            VOLUNTEER_SESSION_ATTENDED, VOLUNTEER_INTERVIEW_SCHEDULED, VOLUNTEER_INTERVIEWED, VOLUNTEER_UPDATED,
            VOLUNTEER_PAUSED, VOLUNTEER_RESUMED, VOLUNTEER_WITHDRAWN, VOLUNTEER_ERASED, NEED_POSTED, NOTIFICATION_SENT,
            NOTIFICATION_FAILED, ROSTER_DIGEST_PUBLISHED,
            COMMUNE_PARTNERSHIP_REQUESTED, COMMUNE_PARTNERSHIP_CONTACTED, COMMUNE_PARTNERSHIP_ACTIVATED,
            COMMUNE_PARTNERSHIP_SUSPENDED, COMMUNE_PARTNERSHIP_REACTIVATED, REFERENT_APPOINTED, REFERENT_REMOVED,
            NEED_UPDATED, NEED_CANCELLED, NEED_EXPIRED, NEED_FILLED, NEED_REOPENED, NEED_CLOSED,
            MATCH_PROPOSED, MATCH_ACCEPTED, MATCH_DECLINED, MATCH_EXPIRED, MATCH_WITHDRAWN, MATCH_CANCELLED,
            MATCH_COMPLETED, MATCH_NO_SHOW, ACCOUNT_PASSWORD_SETUP_REQUESTED,
            PERSONAL_DATA_ACCESSED);

    private EventCatalog() {
    }

    public static Optional<EventType<?>> byName(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }
}
