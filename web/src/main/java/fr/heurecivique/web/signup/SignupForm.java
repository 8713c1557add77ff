package fr.heurecivique.web.signup;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The sign-up form as the page sends it. Its checks are for the person's comfort (volunteer-service remains the
 * authority, docs/web.md) and its messages say what to do, since the error summary shows them out of context.
 *
 * @param commune      the commune as typed: its name or its postal code (see CommuneChooser)
 * @param communeInsee the commune chosen among several that matched what was typed
 */
record SignupForm(
        @NotBlank(message = "Indiquez votre prénom")
        @Size(max = 100, message = "Votre prénom ne doit pas dépasser 100 caractères") String firstName,
        @NotBlank(message = "Indiquez votre nom")
        @Size(max = 100, message = "Votre nom ne doit pas dépasser 100 caractères") String lastName,
        @NotBlank(message = "Indiquez votre adresse électronique")
        @Size(max = 254, message = "Votre adresse électronique ne doit pas dépasser 254 caractères")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
                message = "Indiquez une adresse électronique valide, par exemple claire.martin@exemple.fr") String email,
        @NotBlank(message = "Indiquez votre numéro de téléphone portable")
        @Pattern(regexp = "[0-9 +().-]{10,20}",
                message = "Indiquez un numéro de téléphone portable, par exemple 06 12 34 56 78") String phone,
        @NotBlank(message = "Indiquez votre commune (son nom ou son code postal)")
        @Size(max = 100, message = "Le nom de la commune ne doit pas dépasser 100 caractères") String commune,
        String communeInsee,
        @Size(max = 40, message = "Choisissez un partenaire dans la liste") String partnerCode,
        @Size(max = 40, message = "Choisissez une réponse dans la liste") String heardFrom,
        @Pattern(regexp = "|\\d{4}", message = "Indiquez votre année de naissance sur 4 chiffres, par exemple 1958")
        String birthYear,
        @NotNull(message = CONSENT_REQUIRED) @AssertTrue(message = CONSENT_REQUIRED) Boolean consentDataProcessing,
        Boolean consentEmail,
        Boolean consentSms,
        Boolean consentShareWithCommune) {

    static final String CONSENT_REQUIRED = "Cochez la case « J’accepte que mes données soient utilisées pour le "
            + "dispositif » : sans cet accord, nous ne pouvons pas enregistrer votre inscription";

    /** The fields, top to bottom, as the error summary lists them. */
    static final List<String> FIELDS = List.of("firstName", "lastName", "email", "phone", "commune", "partnerCode",
            "heardFrom", "birthYear", "consentDataProcessing", "consentEmail", "consentSms", "consentShareWithCommune");

    static SignupForm empty() {
        // No box ticked in advance: a consent is given by ticking it (RGPD, CNIL).
        return new SignupForm(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    SignupForm withCommune(String communeInsee) {
        return new SignupForm(firstName, lastName, email, phone, commune, communeInsee, partnerCode, heardFrom,
                birthYear, consentDataProcessing, consentEmail, consentSms, consentShareWithCommune);
    }

    static boolean checked(Boolean box) {
        return Boolean.TRUE.equals(box);
    }
}
