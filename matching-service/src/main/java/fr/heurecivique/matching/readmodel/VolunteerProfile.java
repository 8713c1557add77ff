package fr.heurecivique.matching.readmodel;

import fr.heurecivique.contracts.volunteer.VolunteerPerimeter;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * What matching knows of a volunteer, from {@code volunteer.events}: only what ranking and a referent's list of
 * suggestions need (no email, no phone). Replaced whole by each newer state; deleted on erasure.
 *
 * @param id           the volunteer's id
 * @param version      the volunteer's aggregate version this profile reflects
 * @param status       REGISTERED, ACTIVE, PAUSED, WITHDRAWN...
 * @param displayName  first name and initial of the last name, e.g. "Claire M."
 * @param communeInsee the volunteer's commune
 * @param partnerCode  the partner organisation, if any
 * @param registeredAt when the volunteer registered
 * @param latitude     the centre of the volunteer's commune (never their address), if the event carried it
 * @param longitude    the centre of the volunteer's commune, if the event carried it
 * @param perimeter    the perimeter of action set at the interview (modes, distance, kinds of help, availability,
 *                     monthly pledge), {@code null} before it: what the matching engine will rank on
 */
@Document("volunteer_profiles")
public record VolunteerProfile(@Id String id, long version, String status, String displayName, String communeInsee,
        String partnerCode, Instant registeredAt, Double latitude, Double longitude, VolunteerPerimeter perimeter) {
}
