package fr.heurecivique.notification.delivery;

/**
 * The recipient may not, or can no longer, be reached on this channel (no consent, data erased, no number): the
 * message is recorded {@code SUPPRESSED} with the reason, never retried. The reason is in French (staff read the
 * delivery log) and holds no personal data.
 */
public class RecipientUnreachableException extends RuntimeException {

    public RecipientUnreachableException(String reason) {
        super(reason);
    }
}
