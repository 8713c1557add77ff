package fr.heurecivique.volunteer.volunteers;

import fr.heurecivique.defaults.web.FieldProblem;
import fr.heurecivique.referencedata.CharenteMaritimeCommunes;
import fr.heurecivique.referencedata.Commune;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Optional;

/**
 * A postal address as a form sends it.
 *
 * @param street     number and street
 * @param complement building, flat…
 * @param postalCode a postal code of the volunteer's commune
 * @param city       the city as written on mail
 */
public record PostalAddressRequest(
        @NotBlank @Size(max = 200) String street,
        @Size(max = 200) String complement,
        @NotBlank @Pattern(regexp = "\\s*[0-9]{5}\\s*", message = "doit être un code postal à 5 chiffres") String postalCode,
        @NotBlank @Size(max = 100) String city) {

    /** The normalised address of a validated request. */
    public PostalAddress toAddress() {
        return new PostalAddress(street.strip(), complement == null || complement.isBlank() ? null : complement.strip(),
                postalCode.strip(), city.strip());
    }

    /** A problem if the postal code is not one of the commune's, under the given field path. */
    public Optional<FieldProblem> checkAgainst(String communeInsee, String field) {
        Optional<Commune> commune = CharenteMaritimeCommunes.get().find(communeInsee);
        if (commune.isEmpty() || commune.get().postalCodes().contains(postalCode.strip())) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem(field + ".postalCode", "n’est pas un code postal de "
                + commune.get().name() + " (" + String.join(", ", commune.get().postalCodes()) + ")"));
    }
}
