package fr.heurecivique.web.signup;

import fr.heurecivique.web.Page;
import fr.heurecivique.web.StubGateway;
import fr.heurecivique.web.WebTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The sign-up form: errors as people expect them, nothing sent on bad input, the API's problems on the fields. */
class SignupPageTest extends WebTestBase {

    /** Claire's sign-up, with some fields changed: name, value, name, value... */
    private MockHttpServletRequestBuilder claire(FormVisit visit, String... changes) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("firstName", "Claire");
        fields.put("lastName", "Martin");
        fields.put("email", "claire.martin@exemple.fr");
        fields.put("phone", "06 12 34 56 78");
        fields.put("commune", "La Rochelle (17000)");
        fields.put("partnerCode", "MUTUALIA");
        fields.put("heardFrom", "");
        fields.put("birthYear", "1958");
        fields.put("consentDataProcessing", "true");
        fields.put("consentEmail", "true");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = visit.post("/inscription");
        fields.forEach(request::param);
        return request;
    }

    private Page send(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn()
                .getResponse();
        return Page.of(response.getContentAsString());
    }

    @Test
    void theFormIsAccessibleAndOffersThePartnersAndNoConsentTickedInAdvance() throws Exception {
        FormVisit visit = visit("/inscription");
        visit.page().assertAccessibleShell();
        assertThat(visit.page().h1()).isEqualTo("Devenir bénévole");
        assertThat(visit.page().document().select("#partnerCode option").eachText())
                .contains("Mutualia (mutuelle)", "Génération Mouvement (fédération d’associations de retraités)");
        assertThat(visit.page().document().select("input[type=checkbox][checked]")).isEmpty();
        assertThat(visit.page().document().select("datalist#communes-17 option")).hasSize(462);
        assertThat(visit.page().field("email").attr("aria-describedby")).isEqualTo("email-aide");
    }

    @Test
    void aValidSignUpIsSentToTheApiWithTheResidentsAddressThenRedirectsToWhatHappensNext() throws Exception {
        gateway.answer("POST", "/api/volunteers", 201, "{\"id\":\"v1\",\"status\":\"REGISTERED\"}");
        FormVisit visit = visit("/inscription");

        mvc.perform(claire(visit).with(request -> {
            request.setRemoteAddr("203.0.113.7");
            return request;
        })).andExpect(status().isFound()).andExpect(header().string("Location", "/inscription/merci"));

        StubGateway.Call call = gateway.calls("POST", "/api/volunteers").get(0);
        assertThat(call.body()).contains("\"firstName\":\"Claire\"", "\"communeInsee\":\"17300\"",
                "\"partnerCode\":\"MUTUALIA\"", "\"birthYear\":1958", "\"dataProcessing\":true", "\"sms\":false");
        assertThat(call.header("X-Forwarded-For")).isEqualTo("203.0.113.7");

        Page thanks = Page.of(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/inscription/merci")).andReturn().getResponse().getContentAsString());
        thanks.assertAccessibleShell();
        assertThat(thanks.text()).contains("Choisissez votre mot de passe", "visio");
    }

    @Test
    void theAddressTheGatewayGaveIsTheOnePassedOn() throws Exception {
        gateway.answer("POST", "/api/volunteers", 201, "{\"id\":\"v1\",\"status\":\"REGISTERED\"}");
        FormVisit visit = visit("/inscription");
        mvc.perform(claire(visit).header("X-Client-Address", "198.51.100.23")).andExpect(status().isFound());
        assertThat(gateway.calls("POST", "/api/volunteers").get(0).header("X-Forwarded-For"))
                .isEqualTo("198.51.100.23");
    }

    @Test
    void anEmptyFormGetsTheSummaryEachFieldsMessageAndNothingIsSent() throws Exception {
        FormVisit visit = visit("/inscription");
        Page page = send(visit.post("/inscription"), 400);

        page.assertAccessibleShell();
        assertThat(page.title()).startsWith("Erreur : ");
        assertThat(page.errorSummary()).containsExactly(
                "#firstName Indiquez votre prénom",
                "#lastName Indiquez votre nom",
                "#email Indiquez votre adresse électronique",
                "#phone Indiquez votre numéro de téléphone portable",
                "#commune Indiquez votre commune (son nom ou son code postal)",
                "#consentDataProcessing " + SignupForm.CONSENT_REQUIRED);
        assertThat(page.fieldError("email")).isEqualTo("Indiquez votre adresse électronique");
        assertThat(page.field("email").attr("aria-describedby")).isEqualTo("email-aide email-erreur");
        assertThat(page.fieldError("consentDataProcessing")).isEqualTo(SignupForm.CONSENT_REQUIRED);
        assertThat(gateway.calls()).isEmpty();
    }

    @Test
    void malformedAndTooLongInputIsRefusedAndEverythingTypedIsKept() throws Exception {
        FormVisit visit = visit("/inscription");
        Page page = send(claire(visit, "firstName", "C".repeat(101), "email", "claire.martin@",
                "phone", "appelez-moi", "birthYear", "58"), 400);

        assertThat(page.errorSummary()).containsExactly(
                "#firstName Votre prénom ne doit pas dépasser 100 caractères",
                "#email Indiquez une adresse électronique valide, par exemple claire.martin@exemple.fr",
                "#phone Indiquez un numéro de téléphone portable, par exemple 06 12 34 56 78",
                "#birthYear Indiquez votre année de naissance sur 4 chiffres, par exemple 1958");
        assertThat(page.value("firstName")).isEqualTo("C".repeat(101));
        assertThat(page.value("lastName")).isEqualTo("Martin");
        assertThat(page.value("email")).isEqualTo("claire.martin@");
        assertThat(page.value("phone")).isEqualTo("appelez-moi");
        assertThat(page.value("commune")).isEqualTo("La Rochelle (17000)");
        assertThat(page.field("consentDataProcessing").hasAttr("checked")).isTrue();
        assertThat(page.field("consentSms").hasAttr("checked")).isFalse();
        assertThat(page.document().select("#partnerCode option[selected]").attr("value")).isEqualTo("MUTUALIA");
        assertThat(gateway.calls()).isEmpty();
    }

    @Test
    void aCommuneOutsideTheDepartementIsRefusedAndAnAmbiguousOneOffersTheChoice() throws Exception {
        FormVisit visit = visit("/inscription");
        Page unknown = send(claire(visit, "commune", "Bordeaux"), 400);
        assertThat(unknown.fieldError("commune")).isEqualTo("Nous ne trouvons pas « Bordeaux » parmi les communes de la "
                + "Charente-Maritime : vérifiez son nom ou indiquez son code postal");

        Page ambiguous = send(claire(visit, "commune", "Saint-Georges"), 400);
        assertThat(ambiguous.errorSummary()).hasSize(1).first().asString().startsWith("#commune Plusieurs communes");
        assertThat(ambiguous.document().select("input[name=communeInsee]").size()).isGreaterThan(1);
        assertThat(gateway.calls()).isEmpty();

        // Choosing one of them signs up with it.
        gateway.answer("POST", "/api/volunteers", 201, "{\"id\":\"v2\",\"status\":\"REGISTERED\"}");
        String insee = ambiguous.document().select("input[name=communeInsee]").first().attr("value");
        mvc.perform(claire(visit, "commune", "Saint-Georges", "communeInsee", insee))
                .andExpect(status().isFound());
        assertThat(gateway.calls("POST", "/api/volunteers").get(0).body()).contains("\"communeInsee\":\"" + insee + "\"");
    }

    @Test
    void theApisFieldProblemsComeBackOnTheFields() throws Exception {
        gateway.answer("POST", "/api/volunteers", 400, """
                {"title":"Requête invalide","status":400,"errors":[
                  {"field":"phone","message":"doit être un numéro de portable français (06 ou 07)"},
                  {"field":"consents.sms","message":"un SMS demande un numéro de portable"}]}""");
        FormVisit visit = visit("/inscription");
        Page page = send(claire(visit, "phone", "05 46 51 51 51"), 400);

        assertThat(page.errorSummary()).containsExactly(
                "#phone Téléphone portable : doit être un numéro de portable français (06 ou 07)",
                "#consentSms Messages par SMS : un SMS demande un numéro de portable");
        assertThat(page.fieldError("phone")).isEqualTo("Téléphone portable : doit être un numéro de portable français "
                + "(06 ou 07)");
        assertThat(page.value("phone")).isEqualTo("05 46 51 51 51");
    }

    @Test
    void anAddressAlreadySignedUpIsTheEmailFieldsProblem() throws Exception {
        gateway.answer("POST", "/api/volunteers", 409, """
                {"title":"Conflit avec l’état actuel","status":409,
                 "detail":"Une inscription existe déjà avec cette adresse e-mail."}""");
        Page page = send(claire(visit("/inscription")), 400);
        assertThat(page.fieldError("email")).isEqualTo("Une inscription existe déjà avec cette adresse e-mail.");
    }

    @Test
    void whenTheServiceIsDownTheFormIsKeptWithANotice() throws Exception {
        gateway.answer("POST", "/api/volunteers", 503, "{\"title\":\"Service momentanément indisponible\"}");
        Page page = send(claire(visit("/inscription")), 503);
        assertThat(page.text()).contains("Le service est momentanément indisponible");
        assertThat(page.value("email")).isEqualTo("claire.martin@exemple.fr");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/inscription").param("firstName", "Claire").param("email", "claire.martin@exemple.fr"))
                .andExpect(status().isForbidden());
        assertThat(gateway.calls()).isEmpty();
    }
}
