package fr.heurecivique.contracts.commune;

import java.time.Instant;

/**
 * A local referent of a partner commune: what notification-service needs to write to them and what the gateway's
 * authorisation needs to recognise them (their email is their identity, the commune is the key of the event).
 *
 * @param referentId  the referent's id
 * @param firstName   first name
 * @param lastName    last name
 * @param email       email address, lower-cased
 * @param phone       phone number in E.164
 * @param role        their role, e.g. "Adjointe aux solidarités"
 * @param appointedAt when they were appointed
 */
public record ReferentState(String referentId, String firstName, String lastName, String email, String phone,
        String role, Instant appointedAt) {
}
