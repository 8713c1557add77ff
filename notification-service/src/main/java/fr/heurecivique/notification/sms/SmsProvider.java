package fr.heurecivique.notification.sms;

/** A provider that takes SMS for delivery. Implementations say which failures are worth retrying. */
public interface SmsProvider {

    /** The provider's name, recorded with each message. */
    String name();

    /**
     * Hands one SMS to the provider.
     *
     * @param e164 the recipient's number in E.164 ({@code +33612345678})
     * @param text the text, already in GSM-7
     * @throws SmsRefusedException when the provider refused the message itself (bad number…): not retried
     * @throws SmsUnavailableException when the provider could not take it now (5xx, timeout…): retried later
     */
    void send(String e164, String text);
}
