package fr.heurecivique.contracts;

import fr.heurecivique.contracts.commune.CommunePartnershipActivated;
import fr.heurecivique.contracts.commune.CommunePartnershipContacted;
import fr.heurecivique.contracts.commune.CommunePartnershipReactivated;
import fr.heurecivique.contracts.commune.CommunePartnershipRequested;
import fr.heurecivique.contracts.commune.CommunePartnershipSuspended;
import fr.heurecivique.contracts.commune.ReferentAppointed;
import fr.heurecivique.contracts.commune.ReferentRemoved;
import fr.heurecivique.contracts.need.NeedCancelled;
import fr.heurecivique.contracts.need.NeedExpired;
import fr.heurecivique.contracts.need.NeedPosted;
import fr.heurecivique.contracts.need.NeedUpdated;
import fr.heurecivique.contracts.notification.NotificationFailed;
import fr.heurecivique.contracts.notification.NotificationSent;
import fr.heurecivique.contracts.volunteer.VolunteerRegistered;

import java.util.List;
import java.util.Optional;

/**
 * Every event type of the platform. Within a version only optional fields are added; a breaking
 * change is a new type with the next {@code vN} suffix. See docs/events.md.
 */
public final class EventCatalog {

    public static final EventType<VolunteerRegistered> VOLUNTEER_REGISTERED = new EventType<>(
            "fr.heurecivique.volunteer.registered.v1", Topics.VOLUNTEER_EVENTS, VolunteerRegistered.class);

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

    public static final EventType<NotificationSent> NOTIFICATION_SENT = new EventType<>(
            "fr.heurecivique.notification.sent.v1", Topics.NOTIFICATION_EVENTS, NotificationSent.class);

    public static final EventType<NotificationFailed> NOTIFICATION_FAILED = new EventType<>(
            "fr.heurecivique.notification.failed.v1", Topics.NOTIFICATION_EVENTS, NotificationFailed.class);

    public static final List<EventType<?>> ALL = List.of(VOLUNTEER_REGISTERED, NEED_POSTED, NOTIFICATION_SENT,
            NOTIFICATION_FAILED,
            COMMUNE_PARTNERSHIP_REQUESTED, COMMUNE_PARTNERSHIP_CONTACTED, COMMUNE_PARTNERSHIP_ACTIVATED,
            COMMUNE_PARTNERSHIP_SUSPENDED, COMMUNE_PARTNERSHIP_REACTIVATED, REFERENT_APPOINTED, REFERENT_REMOVED,
            NEED_UPDATED, NEED_CANCELLED, NEED_EXPIRED);

    private EventCatalog() {
    }

    public static Optional<EventType<?>> byName(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }
}
