package fr.heurecivique.contracts;

import fr.heurecivique.contracts.account.PasswordSetupRequested;
import fr.heurecivique.contracts.need.NeedPosted;
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

    public static final EventType<NotificationSent> NOTIFICATION_SENT = new EventType<>(
            "fr.heurecivique.notification.sent.v1", Topics.NOTIFICATION_EVENTS, NotificationSent.class);

    public static final EventType<NotificationFailed> NOTIFICATION_FAILED = new EventType<>(
            "fr.heurecivique.notification.failed.v1", Topics.NOTIFICATION_EVENTS, NotificationFailed.class);

    public static final EventType<PasswordSetupRequested> ACCOUNT_PASSWORD_SETUP_REQUESTED = new EventType<>(
            "fr.heurecivique.account.password-setup-requested.v1", Topics.ACCOUNT_EVENTS,
            PasswordSetupRequested.class);

    public static final List<EventType<?>> ALL = List.of(VOLUNTEER_REGISTERED, NEED_POSTED, NOTIFICATION_SENT,
            NOTIFICATION_FAILED, ACCOUNT_PASSWORD_SETUP_REQUESTED);

    private EventCatalog() {
    }

    public static Optional<EventType<?>> byName(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }
}
