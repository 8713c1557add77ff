package fr.heurecivique.matching.suggestions;

import fr.heurecivique.matching.domain.ranking.HardRule;
import fr.heurecivique.matching.domain.ranking.Ranking;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An open need with no suggestion says why, from what stopped the volunteers within reach (issue 19). */
class WhyNotSuggestedTest {

    @Test
    void saysWhyAnOpenNeedGetsNoSuggestion() {
        assertThat(Suggestions.whyNoneFits(new Ranking.Ranked(List.of(), 0, 0, Map.of())))
                .startsWith("Aucun bénévole proposant ce type d’aide");
        assertThat(Suggestions.whyNoneFits(new Ranking.Ranked(List.of(), 3, 0,
                Map.of(HardRule.ALREADY_INVOLVED, 2, HardRule.DISTANCE, 1))))
                .isEqualTo("Tous les bénévoles qui pourraient venir ont déjà été proposés pour ce besoin (ou l’ont "
                        + "décliné).");
        assertThat(Suggestions.whyNoneFits(new Ranking.Ranked(List.of(), 2, 0, Map.of(HardRule.PLEDGE_USED, 1,
                HardRule.AVAILABILITY, 1)))).startsWith("Les bénévoles qui pourraient venir ont déjà donné");
        assertThat(Suggestions.whyNoneFits(new Ranking.Ranked(List.of(), 1, 0, Map.of(HardRule.DISTANCE, 1))))
                .contains("périmètre");
        assertThat(Suggestions.whyNoneFits(new Ranking.Ranked(List.of(), 1, 0, Map.of(HardRule.AVAILABILITY, 1))))
                .contains("disponible");
        assertThat(Suggestions.whyNoneFits(new Ranking.Ranked(List.of(), 1, 0, Map.of(HardRule.NOT_ACTIVE, 1))))
                .contains("en pause");
    }
}
