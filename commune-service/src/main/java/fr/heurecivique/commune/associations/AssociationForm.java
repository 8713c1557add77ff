package fr.heurecivique.commune.associations;

import fr.heurecivique.commune.phones.Phone;
import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A local association as a referent or coordinator records it ({@code POST /api/communes/{insee}/associations}). */
record AssociationForm(
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = "\\s*[Ww][0-9]{9}\\s*", message = "doit être un numéro RNA : W suivi de 9 chiffres, par exemple W173001234")
        String rnaNumber,
        @NotNull @Valid ContactForm contact,
        @Size(max = 10) List<@NotNull KindOfHelp> kindsOfNeed) {

    /** At least an email or a phone. */
    record ContactForm(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 100) String role,
            @Size(max = 254)
            @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "doit être une adresse e-mail valide, par exemple contact@association.fr")
            String email,
            @Phone String phone) {
    }
}
