package fr.heurecivique.volunteer.volunteers;

/**
 * What a citizen gives at sign-up, already normalised: names trimmed, email lower-cased, phone in E.164, partner
 * code upper-cased.
 *
 * @param firstName     first name
 * @param lastName      last name
 * @param email         email address
 * @param phone         mobile phone, E.164
 * @param communeInsee  INSEE code of their commune
 * @param postalAddress postal address, or {@code null}
 * @param birthYear     year of birth, or {@code null}
 * @param heardFrom     how they heard of the scheme, or {@code null}
 * @param partnerCode   the partner organisation they came through, or {@code null}
 * @param consents      what they agreed to
 */
public record VolunteerDetails(String firstName, String lastName, String email, String phone, String communeInsee,
        PostalAddress postalAddress, Integer birthYear, HeardFrom heardFrom, String partnerCode, Consents consents) {
}
