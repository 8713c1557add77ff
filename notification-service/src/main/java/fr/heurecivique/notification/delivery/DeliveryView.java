package fr.heurecivique.notification.delivery;

import java.time.Instant;

/** A line of the delivery log. No message body: the log is for following deliveries, not reading mail. */
record DeliveryView(String id, Channel channel, String template, String recipient, String recipientType,
        String recipientId, DeliveryStatus status, String statusReason, int attempts, String provider,
        Instant createdAt, Instant sentAt, Instant nextAttemptAt, String sourceEventId) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id(), delivery.channel(), delivery.template(), delivery.address(),
                delivery.recipientType(), delivery.recipientId(), delivery.status(), delivery.statusReason(),
                delivery.attempts(), delivery.provider(), delivery.createdAt(), delivery.sentAt(),
                delivery.nextAttemptAt(), delivery.sourceEventId());
    }
}
