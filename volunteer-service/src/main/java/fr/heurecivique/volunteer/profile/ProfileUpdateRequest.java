package fr.heurecivique.volunteer.profile;

import fr.heurecivique.defaults.web.PersonName;
import fr.heurecivique.volunteer.volunteers.CharenteMaritimeCommune;
import fr.heurecivique.volunteer.volunteers.MobilePhone;
import fr.heurecivique.volunteer.volunteers.PerimeterRequest;
import fr.heurecivique.volunteer.volunteers.PostalAddressRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change of profile ({@code PATCH /api/volunteers/{id}}, JSON merge patch): an absent field is left as it is;
 * {@code "postalAddress": null} and {@code "birthYear": null} remove those optional fields. Consents are merged
 * field by field; the consent to data processing cannot be withdrawn here (that is the erasure).
 */
record ProfileUpdateRequest(
        @PersonName @Pattern(regexp = "(?s).*\\S.*", message = "ne doit pas être vide") String firstName,
        @PersonName @Pattern(regexp = "(?s).*\\S.*", message = "ne doit pas être vide") String lastName,
        @Size(max = 254)
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "doit être une adresse e-mail valide, par exemple claire.martin@exemple.fr")
        @Pattern(regexp = "(?s).*\\S.*", message = "ne doit pas être vide")
        String email,
        @MobilePhone @Pattern(regexp = "(?s).*\\S.*", message = "ne doit pas être vide") String phone,
        @CharenteMaritimeCommune @Pattern(regexp = "(?s).*\\S.*", message = "ne doit pas être vide") String communeInsee,
        @Valid PostalAddressRequest postalAddress,
        @Min(value = 1900, message = "doit être une année de naissance plausible") Integer birthYear,
        @Valid ConsentsUpdate consents,
        @Valid PerimeterRequest perimeter) {

    /** Consents to change; an absent one is left as it is. */
    record ConsentsUpdate(
            @AssertTrue(message = "ne peut pas être retiré ainsi : pour retirer ce consentement, demandez "
                    + "l’effacement de vos données")
            Boolean dataProcessing,
            Boolean email,
            Boolean sms,
            Boolean shareWithCommune) {
    }
}
