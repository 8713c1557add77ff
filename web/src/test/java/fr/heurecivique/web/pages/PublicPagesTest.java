package fr.heurecivique.web.pages;

import fr.heurecivique.web.Page;
import fr.heurecivique.web.WebTestBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PublicPagesTest extends WebTestBase {

    private Page page(String path) throws Exception {
        return Page.of(mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.startsWith("default-src 'self'")))
                .andReturn().getResponse().getContentAsString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/mentions-legales,     Mentions légales",
            "/donnees-personnelles, Données personnelles",
            "/accessibilite,        Déclaration d’accessibilité",
            "/plan-du-site,         Plan du site",
            "/hors-ligne,           Vous êtes hors connexion" })
    void legalPagesAreThereInFrenchWithTheLayout(String path, String h1) throws Exception {
        Page page = page(path).assertAccessibleShell();
        assertThat(page.h1()).isEqualTo(h1);
        assertThat(page.document().select("footer").text()).contains("non conforme", "Plan du site");
    }

    @Test
    void thePersonalDataPageSaysEachProcessingsPurposeBasisRetentionAndRights() throws Exception {
        assertThat(page("/donnees-personnelles").text()).contains("Pourquoi", "Sur quelle base", "Combien de temps",
                "Vingt-quatre mois", "Télécharger mes données", "CNIL");
        assertThat(page("/accessibilite").text()).contains("non conforme", "axe-core", "Défenseur des droits");
    }

    @Test
    void listsTheVideoSessionsToComeInFrenchTime() throws Exception {
        gateway.answer("GET", "/api/sessions", 200, """
                [{"id":"s1","title":null,"startsAt":"2026-12-15T17:30:00Z","durationMinutes":60,
                  "endsAt":"2026-12-15T18:30:00Z","capacity":20,"seatsLeft":3},
                 {"id":"s2","title":"Visio du samedi","startsAt":"2026-12-19T09:00:00Z","durationMinutes":45,
                  "endsAt":"2026-12-19T09:45:00Z","capacity":20,"seatsLeft":0}]""");
        Page page = page("/visios").assertAccessibleShell();
        assertThat(page.text()).contains("Mardi 15 décembre 2026, de 18 h 30 à 19 h 30", "3 places libres",
                "Visio du samedi", "Samedi 19 décembre 2026, de 10 h à 10 h 45", "Complet");
    }

    @Test
    void theSessionsPageStillShowsWhenTheApiIsDown() throws Exception {
        gateway.answer("GET", "/api/sessions", 503, "{}");
        assertThat(page("/visios").text()).contains("La liste des visios n’est pas disponible");
    }

    @Test
    void isInstallableAndItsServiceWorkerCachesOnlyStaticFilesAndTheOfflinePage() throws Exception {
        String manifest = mvc.perform(get("/manifest.webmanifest")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(manifest).contains("\"lang\": \"fr\"", "\"sizes\": \"192x192\"", "\"sizes\": \"512x512\"",
                "image/svg+xml");
        String worker = mvc.perform(get("/sw.js")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andReturn().getResponse().getContentAsString();
        assertThat(worker).contains("'/hors-ligne'", "/theme/heure-civique-", "request.mode === 'navigate'");
        // Pages are fetched from the network only: the sole cache.put is inside the /theme/ and /assets/ branch.
        assertThat(worker.split("cache.put")).hasSize(2);
        String icon = manifest.replaceAll("(?s).*\"src\": \"([^\"]+192[^\"]+)\".*", "$1");
        mvc.perform(get(icon)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=31536000, public"));
    }

    @Test
    void anUnknownPageIsAFrench404Page() throws Exception {
        String html = mvc.perform(get("/nulle-part")).andExpect(status().isNotFound()).andReturn().getResponse()
                .getContentAsString();
        assertThat(Page.of(html).h1()).isEqualTo("Page introuvable");
    }
}
