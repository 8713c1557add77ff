package fr.heurecivique.commune.communes;

import fr.heurecivique.contracts.commune.ReferentState;

import java.time.Instant;

/**
 * A local referent of a partner commune: a town-hall agent or volunteer who records the needs of the commune.
 *
 * @param id          the referent's id
 * @param firstName   first name
 * @param lastName    last name
 * @param email       email address, lower-cased: their identity, one per commune
 * @param phone       phone number in E.164
 * @param role        their role, e.g. "Adjointe aux solidarités"
 * @param appointedAt when they were appointed
 */
public record Referent(String id, String firstName, String lastName, String email, String phone, String role,
        Instant appointedAt) {

    ReferentState toContract() {
        return new ReferentState(id, firstName, lastName, email, phone, role, appointedAt);
    }
}
