package fr.heurecivique.notification.delivery;

/**
 * A channel could not deliver a message. The message is the provider's reason, without personal data.
 * {@code permanent}: the provider refused this very message (an invalid address or number): sending it again would
 * fail again, so it is given up at once instead of being retried.
 */
public class SendingFailedException extends RuntimeException {

    private final boolean permanent;

    public SendingFailedException(String reason, boolean permanent, Throwable cause) {
        super(reason, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
