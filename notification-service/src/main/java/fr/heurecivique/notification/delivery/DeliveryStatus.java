package fr.heurecivique.notification.delivery;

/** Where a message stands. */
public enum DeliveryStatus {
    /** Waiting to be sent, or to be retried after a failed attempt. */
    PENDING,
    /** Accepted by the provider. */
    SENT,
    /** Held back until a better time (SMS quiet hours). */
    DEFERRED,
    /** Not sent on purpose (no consent for this channel); the reason says why. */
    SUPPRESSED,
    /** Given up after the retry budget; an operator may re-send it. */
    FAILED
}
