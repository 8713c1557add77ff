package fr.heurecivique.contracts.vocabulary;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared vocabularies: the API's codes (DESIGN.md section 4), in their order, and one French wording each. */
class VocabularyTest {

    @Test
    void theKindsOfHelpAreTheCataloguesInItsOrderWithOneWordingEach() {
        assertThat(KindOfHelp.CODES).containsExactly("VISITS", "SHOPPING", "LIFTS", "DIGITAL", "PAPERWORK", "DIY",
                "GARDENING", "EVENTS", "ANIMALS", "OTHER");
        assertThat(KindOfHelp.labelOf("SHOPPING")).isEqualTo("Courses");
        assertThat(KindOfHelp.inSentenceOf("SHOPPING")).isEqualTo("courses et commissions");
        assertThat(KindOfHelp.inSentenceOf("OTHER")).isEqualTo("autre aide");
        assertThat(KindOfHelp.labelOf("KNITTING")).isEqualTo("KNITTING");
        assertThat(KindOfHelp.inSentenceOf("KNITTING")).isEqualTo("knitting");
        assertThat(KindOfHelp.isKnown("DIY")).isTrue();
        assertThat(KindOfHelp.isKnown("diy")).isFalse();
    }

    @Test
    void modesDaysPeriodsAndDeclineReasons() {
        assertThat(HelpMode.CODES).containsExactly("ORGANISED", "INDIVIDUAL");
        assertThat(HelpMode.INDIVIDUAL.inSentence()).isEqualTo("entre voisins");
        assertThat(DayPeriod.CODES).containsExactly("MORNING", "AFTERNOON", "EVENING");
        assertThat(DayPeriod.slotLabel("THURSDAY", "AFTERNOON")).isEqualTo("jeudi après-midi");
        assertThat(DayPeriod.slotLabel("SOMEDAY", "NIGHT")).isEqualTo("SOMEDAY NIGHT");
        assertThat(DayPeriod.dayLabel(DayOfWeek.SUNDAY)).isEqualTo("dimanche");
        assertThat(DeclineReason.of("TOO_FAR")).map(DeclineReason::label).contains("Trop loin");
        assertThat(DeclineReason.of("BORED")).isEmpty();
    }
}
