package fr.heurecivique.notification.directory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How to reach someone, and what they agreed to, as learnt from events. Erased with the person.
 *
 * @param id            {@code <recipientType>:<recipientId>}
 * @param recipientType VOLUNTEER, REFERENT, TOWN_HALL, COORDINATOR
 * @param recipientId   the person's id in the service that owns them
 * @param version       the source aggregate's version this entry reflects
 * @param firstName     for the greeting
 * @param email         email address
 * @param phone         mobile phone, E.164
 * @param emailConsent  whether they may be emailed
 * @param smsConsent    whether they may be sent SMS
 * @param communeInsee  the commune they belong to (a volunteer's, a referent's, a town hall's), if known
 */
@Document("contacts")
public record Contact(@Id String id, String recipientType, String recipientId, long version, String firstName,
        String email, String phone, boolean emailConsent, boolean smsConsent, String communeInsee) {

    public static String idOf(String recipientType, String recipientId) {
        return recipientType + ":" + recipientId;
    }
}
