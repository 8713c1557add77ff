package fr.heurecivique.identity.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * A staff account to create ({@code POST /api/accounts}): its holder then receives a link to choose their password.
 *
 * @param email       their professional address
 * @param displayName how they are named in the platform, e.g. "Marie Dupont (mairie de Rochefort)"
 * @param roles       REFERENT, COORDINATOR or ADMIN
 * @param communes    for a referent, the INSEE codes of the communes they refer for
 */
record StaffAccountRequest(
        @NotBlank @Size(max = 254)
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "doit être une adresse e-mail valide, par exemple marie.dupont@mairie.fr")
        String email,
        @NotBlank @Size(max = 120) String displayName,
        @NotEmpty(message = "doit contenir au moins un rôle : REFERENT, COORDINATOR ou ADMIN") Set<@NotNull Role> roles,
        Set<@NotNull @Pattern(regexp = "[0-9][0-9AB][0-9]{3}", message = "doit être un code INSEE de commune, par exemple 17300") String> communes) {
}
