package fr.heurecivique.contracts.volunteer;

import java.time.Instant;

/**
 * The volunteer's current state, carried whole by every volunteer event (event-carried state transfer on
 * the compacted {@code volunteer.events} topic).
 *
 * @param volunteerId  the volunteer's id (also the record key)
 * @param version      the aggregate version; consumers ignore a state older than the one they hold
 * @param status       {@code REGISTERED}, {@code ACTIVE}, {@code PAUSED}, {@code WITHDRAWN}; consumers tolerate new values
 * @param firstName    first name
 * @param lastName     last name
 * @param email        email address, lower-cased
 * @param phone        mobile phone in E.164 ({@code +33612345678})
 * @param communeInsee INSEE code of the volunteer's commune
 * @param partnerCode  code of the partner organisation the volunteer came through, or {@code null}
 * @param consents     the consents given
 * @param registeredAt when the volunteer registered
 */
public record VolunteerState(
        String volunteerId,
        long version,
        String status,
        String firstName,
        String lastName,
        String email,
        String phone,
        String communeInsee,
        String partnerCode,
        VolunteerConsents consents,
        Instant registeredAt) {
}
