package fr.heurecivique.commune.partnership;

import fr.heurecivique.commune.phones.Phone;
import fr.heurecivique.defaults.web.PersonName;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The public form "devenez commune partenaire" ({@code POST /api/communes/{insee}/partnership-requests}). */
record PartnershipRequestForm(
        @NotBlank @PersonName String firstName,
        @NotBlank @PersonName String lastName,
        @NotBlank @Size(max = 100) String role,
        @NotBlank @Size(max = 254)
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "doit être une adresse e-mail valide, par exemple mairie@exemple.fr")
        String email,
        @NotBlank @Phone String phone,
        @Size(max = 2000) String message) {
}
