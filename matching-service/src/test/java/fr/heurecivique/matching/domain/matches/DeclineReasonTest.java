package fr.heurecivique.matching.domain.matches;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class DeclineReasonTest {

    @Test
    void theCodesAreTheSharedVocabularysAndShowItsWords() {
        assertThat(Arrays.stream(DeclineReason.values()).map(Enum::name)).containsExactlyElementsOf(Arrays
                .stream(fr.heurecivique.contracts.vocabulary.DeclineReason.values()).map(Enum::name).toList());
        assertThat(DeclineReason.TOO_FAR.label()).isEqualTo("Trop loin");
    }
}
