package fr.heurecivique.commune.communes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchKeysTest {

    @Test
    void ignoresAccentsCaseAndPunctuation() {
        assertThat(SearchKeys.normalise("Île-d'Aix")).isEqualTo("ile d aix");
        assertThat(SearchKeys.normalise("ile d’aix")).isEqualTo("ile d aix");
        assertThat(SearchKeys.normalise("  ILE   D AIX ")).isEqualTo("ile d aix");
        assertThat(SearchKeys.normalise("Réaux sur Trèfle")).isEqualTo("reaux sur trefle");
        assertThat(SearchKeys.normalise("Bœuf")).isEqualTo("boeuf");
    }

    @Test
    void readsStAndSteAsSaintAndSainte() {
        assertThat(SearchKeys.normalise("St-Jean-d'Angély")).isEqualTo("saint jean d angely");
        assertThat(SearchKeys.normalise("ste soulle")).isEqualTo("sainte soulle");
        assertThat(SearchKeys.normalise("Stade")).isEqualTo("stade");
    }
}
