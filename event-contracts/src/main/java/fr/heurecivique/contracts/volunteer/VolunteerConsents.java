package fr.heurecivique.contracts.volunteer;

/**
 * What the volunteer agreed to. Consumers must honour these: no email without {@code email}, no SMS
 * without {@code sms}, no contact details shown to the commune without {@code shareWithCommune}.
 */
public record VolunteerConsents(boolean dataProcessing, boolean email, boolean sms, boolean shareWithCommune) {
}
