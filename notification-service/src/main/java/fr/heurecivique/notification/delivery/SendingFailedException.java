package fr.heurecivique.notification.delivery;

/** A provider refused or could not take a message; the message is the provider's reason, without personal data. */
class SendingFailedException extends RuntimeException {

    SendingFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
