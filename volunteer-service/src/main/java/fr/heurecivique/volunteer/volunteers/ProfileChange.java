package fr.heurecivique.volunteer.volunteers;

/**
 * A change of a volunteer's profile, normalised like {@link VolunteerDetails}. A {@code null} field is left as it
 * is; {@link #removePostalAddress} and {@link #removeBirthYear} remove the optional ones.
 *
 * @param firstName           new first name
 * @param lastName            new last name
 * @param email               new email address
 * @param phone               new mobile phone, E.164
 * @param communeInsee        new commune
 * @param postalAddress       new postal address
 * @param removePostalAddress whether to remove the postal address
 * @param birthYear           new year of birth
 * @param removeBirthYear     whether to remove the year of birth
 * @param consents            new consents
 * @param perimeter           new perimeter of action (only once the interview has set one)
 */
public record ProfileChange(String firstName, String lastName, String email, String phone, String communeInsee,
        PostalAddress postalAddress, boolean removePostalAddress, Integer birthYear, boolean removeBirthYear,
        Consents consents, Perimeter perimeter) {
}
