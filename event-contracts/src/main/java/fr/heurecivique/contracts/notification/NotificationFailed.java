package fr.heurecivique.contracts.notification;

import java.time.Instant;

/**
 * A message could not be delivered after its retry budget ({@code fr.heurecivique.notification.failed.v1}); an
 * operator may re-send it. Carries no contact details.
 *
 * @param notificationId the delivery's id
 * @param sourceEventId  the {@code ce_id} of the event that caused the message
 * @param recipientType  kind of recipient
 * @param recipientId    the recipient's id in its owning service
 * @param channel        {@code EMAIL} or {@code SMS}
 * @param template       the template used
 * @param attempts       how many attempts were made
 * @param reason         the provider's reason for the last failure
 * @param failedAt       when the message was given up
 */
public record NotificationFailed(
        String notificationId,
        String sourceEventId,
        String recipientType,
        String recipientId,
        String channel,
        String template,
        int attempts,
        String reason,
        Instant failedAt) {
}
