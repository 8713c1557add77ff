package fr.heurecivique.identity.passwords;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What a chosen password must be; the messages are shown on the French page. */
public final class PasswordRule {

    static final int MIN_LENGTH = 10;
    /** BCrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    static final int MAX_BYTES = 72;

    private PasswordRule() {
    }

    /** Why {@code password} (typed twice) is refused, or empty when it is acceptable. */
    public static Optional<String> problem(String password, String confirmation) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Le mot de passe doit compter au moins " + MIN_LENGTH + " caractères.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Le mot de passe est trop long (" + MAX_BYTES + " octets au plus, soit environ "
                    + "60 caractères).");
        }
        if (password.isBlank()) {
            return Optional.of("Le mot de passe ne peut pas être fait que d’espaces.");
        }
        if (!password.equals(confirmation)) {
            return Optional.of("Les deux mots de passe saisis ne sont pas identiques.");
        }
        return Optional.empty();
    }
}
