package fr.heurecivique.notification.templates;

import fr.heurecivique.notification.delivery.Message;
import fr.heurecivique.notification.sms.GsmText;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A proposal SMS fits in two GSM-7 parts, with real-world long titles, commune names and a real public address. */
class SmsLengthTest {

    /** A public address as long as a Département's would be. */
    private static final String BASE = "https://heure-civique.charente-maritime.fr";
    private static final String SHORT_LINK_1 = BASE + "/l/Ab3dE9xK7Qp";
    private static final String SHORT_LINK_2 = BASE + "/l/Zq81LmNo0Rt";

    private final MessageTemplates templates = new MessageTemplates();

    @Test
    void aProposalWithALongTitleAndCommuneFitsInTwoPartsAndKeepsItsLinksWhole() {
        // As long as commune-service lets a title be (120 characters).
        String title = ("Accompagnement aux courses hebdomadaires et aide au rangement des provisions chez une "
                + "personne âgée isolée du quartier de la gare").substring(0, 120);
        Message sms = templates.sms("match-proposed", proposal(title, "Saint-Georges-de-Didonne",
                "jeudi 10 décembre 2026, de 10 h 30 à 12 h 30"));

        assertThat(GsmText.parts(sms.text())).isLessThanOrEqualTo(2);
        assertThat(sms.text()).contains("Accepter : " + SHORT_LINK_1, "Refuser : " + SHORT_LINK_2,
                "Saint-Georges-de-Didonne vous propose \"Accompagnement aux courses", "...\", jeudi 10 décembre");
    }

    @Test
    void aProposalWithAnOrdinaryTitleKeepsItWholeWithoutStraySpacesInItsQuotes() {
        Message sms = templates.sms("match-proposed", proposal("Courses du jeudi", "La Rochelle",
                "jeudi 3 décembre 2026, de 10 h à 11 h"));

        assertThat(sms.text()).isEqualTo("L'Heure Civique : La Rochelle vous propose \"Courses du jeudi\", jeudi 3 "
                + "décembre 2026, de 10 h à 11 h. Accepter : " + SHORT_LINK_1 + " Refuser : " + SHORT_LINK_2);
        assertThat(GsmText.parts(sms.text())).isLessThanOrEqualTo(2);
    }

    private static Map<String, Object> proposal(String title, String commune, String when) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("title", title);
        variables.put("communeName", commune);
        variables.put("when", when);
        variables.put("acceptShortUrl", SHORT_LINK_1);
        variables.put("declineShortUrl", SHORT_LINK_2);
        return variables;
    }
}
