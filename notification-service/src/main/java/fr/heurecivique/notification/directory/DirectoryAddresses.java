package fr.heurecivique.notification.directory;

import fr.heurecivique.notification.delivery.Channel;
import fr.heurecivique.notification.delivery.Delivery;
import fr.heurecivique.notification.delivery.RecipientUnreachableException;
import fr.heurecivique.notification.delivery.SendTimeAddresses;
import org.springframework.stereotype.Component;

/**
 * A volunteer's address is taken again from the contact directory just before each attempt: a message recorded at
 * 22:00 and deferred to 08:00, or retried, goes to the number or address the volunteer has <em>now</em> (they may have
 * changed it overnight: the message is for them, not for whoever holds the old number), and is suppressed if they
 * withdrew their consent to that channel or no longer have an address on it. A volunteer the directory does not know
 * (erased: their messages are suppressed anyway) keeps the recorded address.
 */
@Component
class DirectoryAddresses implements SendTimeAddresses {

    static final String VOLUNTEER = "VOLUNTEER";

    private final ContactDirectory directory;

    DirectoryAddresses(ContactDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean handles(String recipientType) {
        return VOLUNTEER.equals(recipientType);
    }

    @Override
    public String resolve(Delivery delivery) {
        Contact contact = directory.find(delivery.recipientType(), delivery.recipientId()).orElse(null);
        if (contact == null) {
            return delivery.address();
        }
        boolean sms = delivery.channel() == Channel.SMS;
        if (sms ? !contact.smsConsent() : !contact.emailConsent()) {
            throw new RecipientUnreachableException(sms
                    ? "Le bénévole ne souhaite plus recevoir de SMS (consentement retiré entre-temps)"
                    : "Le bénévole ne souhaite plus recevoir d’e-mails (consentement retiré entre-temps)");
        }
        String current = sms ? contact.phone() : contact.email();
        if (current == null || current.isBlank()) {
            throw new RecipientUnreachableException(sms ? "Le bénévole n’a plus de numéro de mobile"
                    : "Le bénévole n’a plus d’adresse e-mail");
        }
        return current;
    }

    @Override
    public boolean masked() {
        return false;
    }
}
