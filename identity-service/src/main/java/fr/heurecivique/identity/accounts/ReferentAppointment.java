package fr.heurecivique.identity.accounts;

/**
 * A commune's appointment of the account's holder as a referent.
 *
 * @param referentId the referent's id in commune-service
 * @param insee      the commune
 */
public record ReferentAppointment(String referentId, String insee) {
}
