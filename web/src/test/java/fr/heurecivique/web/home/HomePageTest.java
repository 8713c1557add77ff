package fr.heurecivique.web.home;

import fr.heurecivique.web.Page;
import fr.heurecivique.web.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class HomePageTest extends WebTestBase {

    @Autowired
    PublicFigures figures;

    @Test
    void showsTheSchemeAndItsLiveFiguresInFrenchWithOneH1AndLandmarks() throws Exception {
        figures.forget();
        gateway.answer("GET", "/api/stats", 200, """
                {"month":"2026-12","year":2026,"volunteers":2214,"activeVolunteers":1800,
                 "departement":{"code":"17","minutesThisMonth":600,"minutesThisYear":618300}}""");
        gateway.answer("GET", "/api/communes/figures", 200, """
                {"communes":462,"partnerCommunes":72}""");

        String html = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        Page page = Page.of(html);
        page.assertAccessibleShell();
        assertThat(page.h1()).isEqualTo("Une heure par mois pour aider près de chez vous");
        assertThat(page.text()).contains("2 214", "10 305", "72", "Comment ça marche ?", "Devenir bénévole");
    }

    @Test
    void stillShowsTheHomePageWhenTheApiIsDown() throws Exception {
        gateway.answer("GET", "/api/stats", 503, """
                {"title":"Service momentanément indisponible","status":503}""");
        figures.forget();

        String html = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(Page.of(html).text()).contains("Les chiffres du dispositif ne sont pas disponibles");
    }
}
