package fr.heurecivique.notification.sms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GsmTextTest {

    @Test
    void keepsTheFrenchLettersGsm7HasAndSpellsTheOthersWithoutAccent() {
        assertThat(GsmText.normalize("Élodie, à Saint-Étienne : déjà là, où ? Ça va !"))
                .isEqualTo("Élodie, à Saint-Étienne : déjà là, où ? Ça va !");
        assertThat(GsmText.normalize("À l’Île-d’Aix, Ève et Noël")).isEqualTo("A l'Ile-d'Aix, Eve et Noel");
        assertThat(GsmText.normalize("fête, château, maïs, île, sûr, garçon, cœur"))
                .isEqualTo("fete, chateau, mais, ile, sur, garcon, coeur");
        assertThat(GsmText.normalize("l’heure «\u00A0civique\u00A0» — 10 €")).isEqualTo("l'heure \"civique\" - 10 €");
        // French quotes' inner spaces (plain, non-breaking or narrow) do not survive as stray spaces.
        assertThat(GsmText.normalize("vous propose « Courses du jeudi », jeudi")).isEqualTo(
                "vous propose \"Courses du jeudi\", jeudi");
        assertThat(GsmText.normalize("«\u202FVisite\u202F»")).isEqualTo("\"Visite\"");
    }

    @Test
    void countsPartsOf160Or153Septets() {
        assertThat(GsmText.parts("a".repeat(160))).isEqualTo(1);
        assertThat(GsmText.parts("a".repeat(161))).isEqualTo(2);
        assertThat(GsmText.parts("a".repeat(306))).isEqualTo(2);
        assertThat(GsmText.parts("a".repeat(307))).isEqualTo(3);
        // The euro sign takes two septets (escape + character).
        assertThat(GsmText.septets("€")).isEqualTo(2);
        assertThat(GsmText.parts("€".repeat(80))).isEqualTo(1);
        assertThat(GsmText.parts("€".repeat(81))).isEqualTo(2);
    }

    @Test
    void replacesWhatItCannotSpell() {
        assertThat(GsmText.normalize("😀 ok")).isEqualTo("?? ok");
    }
}
