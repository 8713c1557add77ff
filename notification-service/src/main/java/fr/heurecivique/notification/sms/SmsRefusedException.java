package fr.heurecivique.notification.sms;

/** The provider refused this message (e.g. an invalid number): sending it again would fail again. */
public class SmsRefusedException extends RuntimeException {

    public SmsRefusedException(String reason) {
        super(reason);
    }
}
