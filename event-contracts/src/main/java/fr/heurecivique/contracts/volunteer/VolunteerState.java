package fr.heurecivique.contracts.volunteer;

import java.time.Instant;

/**
 * The volunteer's current state, carried whole by every volunteer event (event-carried state transfer on
 * the compacted {@code volunteer.events} topic). It holds what consumers need — matching: status, commune,
 * location, perimeter; notification: contacts and consents — and nothing more: no postal address, no birth year.
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
 * @param latitude     WGS84 latitude of the centre of the volunteer's commune (never their address); added in v1,
 *                     absent from older events
 * @param longitude    WGS84 longitude of the centre of the volunteer's commune; added in v1, absent from older events
 * @param onboarding   where the volunteer stands in onboarding; added in v1, absent from older events
 * @param perimeter    the perimeter of action set at the interview, {@code null} before it
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
        Instant registeredAt,
        Double latitude,
        Double longitude,
        VolunteerOnboarding onboarding,
        VolunteerPerimeter perimeter) {

    /** A state as the first producers wrote it, without the fields added since (location, onboarding, perimeter). */
    public VolunteerState(String volunteerId, long version, String status, String firstName, String lastName,
            String email, String phone, String communeInsee, String partnerCode, VolunteerConsents consents,
            Instant registeredAt) {
        this(volunteerId, version, status, firstName, lastName, email, phone, communeInsee, partnerCode, consents,
                registeredAt, null, null, null, null);
    }
}
