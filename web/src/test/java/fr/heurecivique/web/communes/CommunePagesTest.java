package fr.heurecivique.web.communes;

import fr.heurecivique.web.Page;
import fr.heurecivique.web.WebTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CommunePagesTest extends WebTestBase {

    private static final String ROCHELLE = """
            {"inseeCode":"17300","name":"La Rochelle","postalCodes":["17000"],"population":79851,
             "partnershipStatus":"NONE","referentCount":0}""";

    private void rochelle() {
        gateway.answer("GET", "/api/communes/17300", 200, ROCHELLE);
        gateway.answer("GET", "/api/communes/17300/figures", 200, """
                {"inseeCode":"17300","referents":0,"associations":2,"needs":{"total":5,"byStatus":{},"byKind":{}}}""");
        gateway.answer("GET", "/api/communes/17300/needs-to-come", 200, """
                {"inseeCode":"17300","total":3,"months":[
                  {"month":"2026-12","kinds":[{"kind":"SHOPPING","count":2},{"kind":"VISITS","count":1}]}]}""");
    }

    private MockHttpServletRequestBuilder mayor(FormVisit visit, String... changes) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("firstName", "Anne");
        fields.put("lastName", "Durand");
        fields.put("role", "Maire");
        fields.put("email", "mairie@exemple.fr");
        fields.put("phone", "05 46 51 51 51");
        fields.put("message", "");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = visit.post("/communes/17300/partenariat");
        fields.forEach(request::param);
        return request;
    }

    @Test
    void searchesCommunesWithAPlainGetForm() throws Exception {
        gateway.answer("GET", "/api/communes?q=rochelle&page=0&size=20", 200, """
                {"items":[{"inseeCode":"17300","name":"La Rochelle","postalCodes":["17000"],"population":79851,
                 "partnershipStatus":"PARTNER"}],"page":0,"size":20,"totalItems":1,"totalPages":1}""");
        Page page = Page.of(mvc.perform(get("/communes").param("q", "rochelle")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).assertAccessibleShell();
        assertThat(page.h1()).isEqualTo("Trouver ma commune");
        assertThat(page.value("q")).isEqualTo("rochelle");
        assertThat(page.text()).contains("Une commune trouvée", "La Rochelle", "Commune partenaire");
        assertThat(page.document().select("a[href=/communes/17300]")).hasSize(1);
    }

    @Test
    void aTooLongSearchIsRefusedWithoutAskingTheApi() throws Exception {
        Page page = Page.of(mvc.perform(get("/communes").param("q", "x".repeat(101))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.errorSummary()).containsExactly("#q Votre recherche ne doit pas dépasser 100 caractères");
        assertThat(gateway.calls()).isEmpty();
    }

    @Test
    void aCommunePageSaysWhetherItIsAPartnerItsFiguresAndItsNeedsInGeneralTermsOnly() throws Exception {
        rochelle();
        FormVisit visit = visit("/communes/17300");
        Page page = visit.page().assertAccessibleShell();
        assertThat(page.h1()).isEqualTo("La Rochelle");
        assertThat(page.text()).contains("Pas encore partenaire", "Décembre 2026", "Courses et commissions : 2 besoins",
                "Compagnie et visites : 1 besoin", "Devenir commune partenaire");
        assertThat(page.document().select("form[action=/communes/17300/partenariat]")).hasSize(1);
    }

    @Test
    void anUnknownCommuneIsA404Page() throws Exception {
        mvc.perform(get("/communes/99999")).andExpect(status().isNotFound());
    }

    @Test
    void thePartnershipRequestIsSentThenSaysWhatHappensNext() throws Exception {
        rochelle();
        gateway.answer("POST", "/api/communes/17300/partnership-requests", 201, "{\"status\":\"REQUESTED\"}");
        mvc.perform(mayor(visit("/communes/17300"))).andExpect(status().isFound())
                .andExpect(header().string("Location", "/communes/17300/partenariat/merci"));
        assertThat(gateway.calls("POST", "/api/communes/17300/partnership-requests").get(0).body())
                .contains("\"role\":\"Maire\"", "\"email\":\"mairie@exemple.fr\"");
        Page thanks = Page.of(mvc.perform(get("/communes/17300/partenariat/merci")).andReturn().getResponse()
                .getContentAsString()).assertAccessibleShell();
        assertThat(thanks.text()).contains("La demande de partenariat de La Rochelle est enregistrée");
    }

    @Test
    void badPartnershipRequestsGetTheSummaryKeepWhatWasTypedAndSendNothing() throws Exception {
        rochelle();
        FormVisit visit = visit("/communes/17300");
        Page page = Page.of(mvc.perform(mayor(visit, "firstName", "", "email", "mairie", "message", "m".repeat(2001)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(page.errorSummary()).containsExactly("#firstName Indiquez votre prénom",
                "#email Indiquez une adresse électronique valide, par exemple mairie@exemple.fr",
                "#message Votre message ne doit pas dépasser 2 000 caractères");
        assertThat(page.fieldError("message")).isEqualTo("Votre message ne doit pas dépasser 2 000 caractères");
        assertThat(page.value("role")).isEqualTo("Maire");
        assertThat(page.value("message")).isEqualTo("m".repeat(2001));
        assertThat(gateway.calls("POST", "/api/communes/17300/partnership-requests")).isEmpty();
    }

    @Test
    void theApisFieldProblemsAndConflictsComeBackOnThePage() throws Exception {
        rochelle();
        gateway.answer("POST", "/api/communes/17300/partnership-requests", 400, """
                {"title":"Requête invalide","status":400,"errors":[{"field":"phone","message":"doit être un numéro de téléphone français"}]}""");
        Page page = Page.of(mvc.perform(mayor(visit("/communes/17300"), "phone", "00 00 00 00 00"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(page.fieldError("phone")).isEqualTo("Téléphone : doit être un numéro de téléphone français");

        gateway.answer("POST", "/api/communes/17300/partnership-requests", 409, """
                {"title":"Conflit avec l’état actuel","status":409,"detail":"La Rochelle est déjà partenaire."}""");
        Page conflict = Page.of(mvc.perform(mayor(visit("/communes/17300"))).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString());
        assertThat(conflict.text()).contains("La Rochelle est déjà partenaire.");
        assertThat(conflict.value("email")).isEqualTo("mairie@exemple.fr");
    }

    @Test
    void aPartnershipRequestWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/communes/17300/partenariat").param("firstName", "Anne")).andExpect(status().isForbidden());
        assertThat(gateway.calls()).isEmpty();
    }
}
