package fr.heurecivique.volunteer.volunteers;

/**
 * A volunteer's identity and contact details, already normalised: names trimmed, email lower-cased, phone in E.164,
 * partner code upper-cased.
 */
public record VolunteerDetails(String firstName, String lastName, String email, String phone, String communeInsee,
        String partnerCode, Consents consents) {
}
