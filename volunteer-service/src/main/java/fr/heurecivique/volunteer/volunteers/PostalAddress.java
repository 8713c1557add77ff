package fr.heurecivique.volunteer.volunteers;

/**
 * A volunteer's postal address (optional). Held by volunteer-service only: it never travels in events, and the
 * town hall sees it only if the volunteer agreed to share their contact details.
 *
 * @param street     number and street
 * @param complement building, flat… ({@code null} if none)
 * @param postalCode the postal code
 * @param city       the city as written on mail
 */
public record PostalAddress(String street, String complement, String postalCode, String city) {

    /** On one line, for a spreadsheet cell. */
    public String oneLine() {
        return street + (complement == null ? "" : ", " + complement) + ", " + postalCode + " " + city;
    }
}
