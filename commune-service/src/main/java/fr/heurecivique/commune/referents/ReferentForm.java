package fr.heurecivique.commune.referents;

import fr.heurecivique.commune.phones.Phone;
import fr.heurecivique.defaults.web.PersonName;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A local referent appointed by a partner commune ({@code POST /api/communes/{insee}/referents}). */
record ReferentForm(
        @NotBlank @PersonName String firstName,
        @NotBlank @PersonName String lastName,
        @NotBlank @Size(max = 254)
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "doit être une adresse e-mail valide, par exemple prenom.nom@exemple.fr")
        String email,
        @NotBlank @Phone String phone,
        @NotBlank @Size(max = 100) String role) {
}
