package fr.heurecivique.notification.sms;

/** The provider could not take the message now (outage, overload, timeout): worth retrying later. */
public class SmsUnavailableException extends RuntimeException {

    public SmsUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
