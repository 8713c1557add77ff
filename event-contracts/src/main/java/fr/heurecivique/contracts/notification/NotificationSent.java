package fr.heurecivique.contracts.notification;

import java.time.Instant;

/**
 * A message left the platform through its channel ({@code fr.heurecivique.notification.sent.v1}). Carries no
 * contact details: the recipient is named by its kind and id in the platform.
 *
 * @param notificationId the delivery's id
 * @param sourceEventId  the {@code ce_id} of the event that caused the message
 * @param recipientType  {@code VOLUNTEER}, {@code REFERENT}, {@code TOWN_HALL}, {@code COORDINATOR}, {@code BENEFICIARY}
 * @param recipientId    the recipient's id in its owning service
 * @param channel        {@code EMAIL} or {@code SMS}
 * @param template       the template used, e.g. {@code volunteer-welcome}
 * @param attempts       how many sending attempts it took
 * @param sentAt         when the provider accepted the message
 */
public record NotificationSent(
        String notificationId,
        String sourceEventId,
        String recipientType,
        String recipientId,
        String channel,
        String template,
        int attempts,
        Instant sentAt) {
}
