package fr.heurecivique.contracts.audit;

import java.time.Instant;

/**
 * Someone on the staff side (or a platform service) read personal data: a roster, a beneficiary's record, a
 * volunteer's export, a message of the delivery log ({@code fr.heurecivique.audit.personal-data-accessed.v1}, topic
 * {@code audit.events}, key = audit id). Who, what and when — never the data itself: the actor is an opaque
 * account or client id, the resource an id or an INSEE code.
 *
 * @param auditId      the record's id (consumers upsert by it)
 * @param actor        the token's subject: account id, or a service's client id
 * @param actorRole    the actor's highest role ({@code ADMIN}, {@code COORDINATOR}, {@code REFERENT}, {@code VOLUNTEER})
 *                     or {@code SERVICE}
 * @param action       what was done, e.g. {@code ROSTER_EXPORTED}, {@code BENEFICIARY_VIEWED}
 * @param resourceType what was read, e.g. {@code COMMUNE_ROSTER}, {@code BENEFICIARY}, {@code VOLUNTEER}
 * @param resourceId   which one: an id or an INSEE code
 * @param service      the service that served it
 * @param at           when
 */
public record PersonalDataAccessed(String auditId, String actor, String actorRole, String action,
        String resourceType, String resourceId, String service, Instant at) {
}
