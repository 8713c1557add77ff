package fr.heurecivique.volunteer.volunteers;

import fr.heurecivique.contracts.volunteer.VolunteerConsents;

/**
 * What the volunteer agreed to.
 *
 * @param dataProcessing   processing of their data for the scheme (required to register)
 * @param email            being contacted by email
 * @param sms              being contacted by SMS
 * @param shareWithCommune their contact details shared with their commune's referents
 */
public record Consents(boolean dataProcessing, boolean email, boolean sms, boolean shareWithCommune) {

    VolunteerConsents toContract() {
        return new VolunteerConsents(dataProcessing, email, sms, shareWithCommune);
    }
}
