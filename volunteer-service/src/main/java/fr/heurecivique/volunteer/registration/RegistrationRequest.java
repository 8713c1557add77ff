package fr.heurecivique.volunteer.registration;

import fr.heurecivique.defaults.web.PersonName;
import fr.heurecivique.volunteer.volunteers.CharenteMaritimeCommune;
import fr.heurecivique.volunteer.volunteers.CodeOf;
import fr.heurecivique.volunteer.volunteers.HeardFrom;
import fr.heurecivique.volunteer.volunteers.MobilePhone;
import fr.heurecivique.volunteer.volunteers.PostalAddressRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The public sign-up form ({@code POST /api/volunteers}).
 *
 * @param postalAddress optional; its postal code must be one of the commune's
 * @param birthYear     optional; the volunteer must be at least {@link Registrations#MINIMUM_AGE}
 * @param heardFrom     optional: how they heard of the scheme ({@link HeardFrom})
 * @param partnerCode   optional: the partner organisation they came through (e.g. {@code MUTUALIA})
 */
record RegistrationRequest(
        @NotBlank @PersonName String firstName,
        @NotBlank @PersonName String lastName,
        @NotBlank @Size(max = 254)
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "doit être une adresse e-mail valide, par exemple claire.martin@exemple.fr")
        String email,
        @NotBlank @MobilePhone String phone,
        @NotBlank @CharenteMaritimeCommune String communeInsee,
        @Valid PostalAddressRequest postalAddress,
        @Min(value = 1900, message = "doit être une année de naissance plausible") Integer birthYear,
        @CodeOf(HeardFrom.class) String heardFrom,
        @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]*", message = "ne peut contenir que des lettres, des chiffres, - et _")
        String partnerCode,
        @NotNull @Valid ConsentsRequest consents) {

    /**
     * @param dataProcessing   consent to the processing of one's data: required to register
     * @param email            consent to be contacted by email
     * @param sms              consent to be contacted by SMS
     * @param shareWithCommune consent to one's contact details being shared with the commune's referents
     */
    record ConsentsRequest(
            @NotNull @AssertTrue(message = "le consentement au traitement des données est nécessaire pour s’inscrire")
            Boolean dataProcessing,
            Boolean email,
            Boolean sms,
            Boolean shareWithCommune) {
    }
}
