package fr.heurecivique.commune.beneficiaries;

import fr.heurecivique.commune.phones.PhoneNumbers;
import fr.heurecivique.defaults.web.FieldProblem;
import fr.heurecivique.defaults.web.InvalidFieldsException;

import java.util.ArrayList;
import java.util.List;

/**
 * Only what is needed to help someone: their name, how to reach them, and where (an address, or none: "at home in
 * the commune", the referent knows), their consent to be contacted by a volunteer, and a free note.
 *
 * @param firstName            first name
 * @param lastName             last name
 * @param phone                phone number in E.164 (a landline is fine), or {@code null}
 * @param address              street address within the commune, or {@code null} for "at home in the commune"
 * @param preferredContact     how they prefer to be reached
 * @param consentToBeContacted whether they agreed that a volunteer contacts them directly
 * @param note                 a free note for the referents (never sent anywhere), or {@code null}
 */
public record BeneficiaryDetails(String firstName, String lastName, String phone, String address,
        PreferredContact preferredContact, boolean consentToBeContacted, String note) {

    /** Refuses, naming each field, details that do not hold together. */
    void check() {
        List<FieldProblem> problems = new ArrayList<>();
        if ((preferredContact == PreferredContact.PHONE_CALL || preferredContact == PreferredContact.SMS)
                && phone == null) {
            problems.add(new FieldProblem("phone", "est nécessaire pour être joint par téléphone ou par SMS"));
        } else if (preferredContact == PreferredContact.SMS && !PhoneNumbers.isMobile(phone)) {
            problems.add(new FieldProblem("phone", "doit être un numéro de mobile pour recevoir des SMS"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }
}
