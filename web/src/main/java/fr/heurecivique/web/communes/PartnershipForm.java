package fr.heurecivique.web.communes;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/** "Devenir commune partenaire", as a town hall sends it (commune-service's PartnershipRequestForm is the authority). */
record PartnershipForm(
        @NotBlank(message = "Indiquez votre prénom")
        @Size(max = 100, message = "Votre prénom ne doit pas dépasser 100 caractères") String firstName,
        @NotBlank(message = "Indiquez votre nom")
        @Size(max = 100, message = "Votre nom ne doit pas dépasser 100 caractères") String lastName,
        @NotBlank(message = "Indiquez votre fonction à la mairie, par exemple « maire » ou « secrétaire de mairie »")
        @Size(max = 100, message = "Votre fonction ne doit pas dépasser 100 caractères") String role,
        @NotBlank(message = "Indiquez l’adresse électronique où vous joindre")
        @Size(max = 254, message = "L’adresse électronique ne doit pas dépasser 254 caractères")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
                message = "Indiquez une adresse électronique valide, par exemple mairie@exemple.fr") String email,
        @NotBlank(message = "Indiquez le numéro de téléphone où vous joindre")
        @Pattern(regexp = "[0-9 +().-]{10,20}",
                message = "Indiquez un numéro de téléphone, par exemple 05 46 51 51 51") String phone,
        @Size(max = 2000, message = "Votre message ne doit pas dépasser 2 000 caractères") String message) {

    static final List<String> FIELDS = List.of("firstName", "lastName", "role", "email", "phone", "message");

    static final Map<String, String> LABELS = Map.of("firstName", "Prénom", "lastName", "Nom",
            "role", "Fonction", "email", "Adresse électronique", "phone", "Téléphone", "message", "Message");

    static PartnershipForm empty() {
        return new PartnershipForm(null, null, null, null, null, null);
    }
}
