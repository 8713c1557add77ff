package fr.heurecivique.web.staff.imports;

import fr.heurecivique.web.Page;
import fr.heurecivique.web.WebTestBase;
import fr.heurecivique.web.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Importer des données" over a stand-in gateway: coordinators only, a dry run's report, the batches sent. */
class ImportPageTest extends WebTestBase {

    private static final String FILE = """
            Prénom;Nom;E-mail;Téléphone;Code INSEE;Contact par e-mail
            Anne;Morel;anne@exemple.fr;06 12 34 56 78;17010;oui
            Paul;Roy;paul@exemple.fr;12;17010;non
            Anne;Morel;anne@exemple.fr;06 12 34 56 78;17010;oui
            Léa;Petit;lea@exemple.fr;06 12 34 56 78;17010;oui
            """;

    @Test
    void theImportPageIsForCoordinatorsOnly() throws Exception {
        String html = mvc.perform(get("/gestion/import").with(StaffSignIn.as("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Page page = Page.of(html);
        page.assertAccessibleShell();
        assertThat(page.h1()).isEqualTo("Importer des données");
        assertThat(page.text()).contains("Code INSEE", "Date de signature de la charte", "Vérifier le fichier");
        mvc.perform(get("/gestion/import").with(WebTestSupport.volunteer("vol-1"))).andExpect(status().isForbidden());
        mvc.perform(get("/gestion/import").with(StaffSignIn.as("REFERENT"))).andExpect(status().isForbidden());
        mvc.perform(get("/gestion/import")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aDryRunSendsTheGoodLinesAndReportsEveryLinesProblemsInFrench() throws Exception {
        gateway.answer("POST", "/api/volunteers/imports", 200, """
                {"dryRun":true,"created":1,"alreadyPresent":1,"invalid":1,"lines":[
                 {"line":2,"outcome":"CREATED","problems":[]},
                 {"line":3,"outcome":"INVALID","problems":[{"field":"phone","message":"doit être un numéro de téléphone mobile valide, par exemple 06 12 34 56 78"}]},
                 {"line":5,"outcome":"ALREADY_PRESENT","volunteerId":"v-5","problems":[]}]}""");
        MvcResult posted = mvc.perform(multipart("/gestion/import")
                        .file(new MockMultipartFile("file", "benevoles.csv", "text/csv",
                                FILE.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "VOLUNTEERS").param("consent", "true").param("mode", "essai")
                        .with(StaffSignIn.as("COORDINATOR")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/gestion/import/rapport"))
                .andReturn();

        assertThat(gateway.calls("POST", "/api/volunteers/imports")).singleElement().satisfies(call -> {
            assertThat(call.header("Authorization")).isEqualTo("Bearer " + StaffSignIn.accessToken("COORDINATOR"));
            assertThat(call.body()).contains("\"dryRun\":true", "\"dataProcessingConsented\":true",
                    "\"line\":2", "\"line\":3", "\"line\":5", "\"emailContact\":true").doesNotContain("\"line\":4");
        });
        assertThat(posted.getFlashMap().containsKey("report")).as("flash: " + posted.getFlashMap().keySet()).isTrue();
        // The report comes through the session (Spring Session's cookie), as in a browser.
        MvcResult shown = mvc.perform(get("/gestion/import/rapport").cookie(posted.getResponse().getCookies())
                .with(StaffSignIn.as("COORDINATOR"))).andReturn();
        assertThat(shown.getResponse().getStatus()).as("report page, not " + shown.getResponse()
                .getRedirectedUrl()).isEqualTo(200);
        String html = shown.getResponse().getContentAsString();
        Page page = Page.of(html);
        page.assertAccessibleShell();
        assertThat(page.h1()).isEqualTo("Vérification du fichier");
        assertThat(page.document().getElementById("count-lines").text()).isEqualTo("4");
        assertThat(page.document().getElementById("count-created").text()).isEqualTo("1");
        assertThat(page.document().getElementById("count-present").text()).isEqualTo("1");
        assertThat(page.document().getElementById("count-invalid").text()).isEqualTo("2");
        assertThat(page.document().getElementById("import-lines").text()).contains(
                "Téléphone : doit être un numéro de téléphone mobile valide",
                "E-mail : en double, figure déjà à la ligne 2", "5 lea@exemple.fr déjà présent");
        assertThat(page.text()).contains("lu en UTF-8, séparé par point-virgule", "rien n’a été enregistré");
    }

    @Test
    void aVolunteersFileWithoutTheConsentConfirmedComesBackWithItsError() throws Exception {
        String html = mvc.perform(multipart("/gestion/import")
                        .file(new MockMultipartFile("file", "benevoles.csv", "text/csv",
                                FILE.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "VOLUNTEERS").param("mode", "import")
                        .with(StaffSignIn.as("COORDINATOR")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Page.of(html).document().select(".error-summary a").text())
                .contains("Confirmez que les bénévoles du fichier ont accepté le traitement de leurs données");
        assertThat(gateway.calls("POST", "/api/volunteers/imports")).isEmpty();
    }

    @Test
    void anUploadWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(multipart("/gestion/import").file(new MockMultipartFile("file", "b.csv", "text/csv",
                        FILE.getBytes(StandardCharsets.UTF_8))).param("kind", "VOLUNTEERS")
                        .with(StaffSignIn.as("COORDINATOR")))
                .andExpect(status().isForbidden());
        assertThat(gateway.calls("POST", "/api/volunteers/imports")).isEmpty();
    }
}
