package fr.heurecivique.identity.passwords;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRuleTest {

    @Test
    void acceptsTenCharactersTypedTwiceTheSame() {
        assertThat(PasswordRule.problem("une phrase", "une phrase")).isEmpty();
    }

    @Test
    void refusesShortMismatchedBlankOrOverlongPasswordsInFrench() {
        assertThat(PasswordRule.problem("court", "court")).hasValue("Le mot de passe doit compter au moins 10 caractères.");
        assertThat(PasswordRule.problem(null, null)).isPresent();
        assertThat(PasswordRule.problem("une phrase", "une phrasE")).hasValue(
                "Les deux mots de passe saisis ne sont pas identiques.");
        assertThat(PasswordRule.problem("          ", "          ")).get().asString().contains("espaces");
        String accents = "é".repeat(37); // 74 bytes: BCrypt would silently ignore the end
        assertThat(PasswordRule.problem(accents, accents)).get().asString().contains("trop long");
    }
}
