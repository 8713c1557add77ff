package fr.heurecivique.web.staff;

import fr.heurecivique.web.Page;
import fr.heurecivique.web.WebTestBase;
import fr.heurecivique.web.WebTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator's desk over a stand-in gateway: only coordinators open it (signed out → sign in; anyone else → the
 * French 403 page, with no API call); each form checks its input on the server (the summary, the fields' messages,
 * what was typed kept, nothing sent), then makes the right call with the coordinator's token.
 */
class CoordinationDeskTest extends WebTestBase {

    static final String REQUESTED = """
            {"inseeCode":"17274","communeName":"Périgny","status":"%s",
             "contact":{"firstName":"Léa","lastName":"Fontaine","role":"Chargée de mission","email":"mairie@perigny.example",
                        "phone":"+33546515151"},
             "requestMessage":"Nous voulons rejoindre","requestedAt":"2026-12-01T10:00:00Z","history":[
               {"from":"NONE","to":"REQUESTED","at":"2026-12-01T10:00:00Z","recordedBy":"Léa Fontaine"}]}""";

    @Test
    void aSignedOutVisitorIsSentToSignInAndAnyoneButACoordinatorGetsTheFrench403() throws Exception {
        String location = mvc.perform(get("/gestion/coordination/partenariats")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).endsWith(fr.heurecivique.web.signin.SignInProperties.SIGN_IN_PATH);
        String page = mvc.perform(get("/gestion/coordination/partenariats").with(WebTestSupport.volunteer("v-1")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(Page.of(page).assertAccessibleShell().h1()).isEqualTo("Accès réservé");
        assertThat(Page.of(page).text()).contains("réservée aux coordinateurs");
        mvc.perform(get("/gestion/coordination/benevoles/v-1").with(StaffSignIn.admin()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/gestion/coordination/partenariats/17274/appel").with(StaffSignIn.as("r-1", "Nadia", "REFERENT"))
                .with(csrf()).param("recordedBy", "Nadia")).andExpect(status().isForbidden());
        assertThat(gateway.calls()).as("nothing asked of the API").isEmpty();
    }

    @Test
    void thePipelineListsTheRequestsAndTheCommunePageOffersTheNextStep() throws Exception {
        gateway.answer("GET", "/api/communes?status=REQUESTED&size=100", 200, """
                {"items":[{"inseeCode":"17274","name":"Périgny","postalCodes":["17180"],"population":8877,
                           "partnershipStatus":"REQUESTED"}],"page":0,"size":100,"totalItems":1,"totalPages":1}""");
        Page list = Page.of(mvc.perform(get("/gestion/coordination/partenariats").with(StaffSignIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).assertAccessibleShell();
        assertThat(list.text()).contains("Demandes reçues (1)", "Périgny", "8 877");
        assertThat(gateway.calls("GET", "/api/communes")).singleElement().satisfies(call -> assertThat(
                call.header("Authorization")).isEqualTo("Bearer " + StaffSignIn.accessToken("coordinator-1",
                "COORDINATOR")));

        gateway.answer("GET", "/api/communes/17274/partnership", 200, REQUESTED.formatted("REQUESTED"));
        Page detail = Page.of(mvc.perform(get("/gestion/coordination/partenariats/17274")
                .with(StaffSignIn.coordinator())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).assertAccessibleShell();
        assertThat(detail.h1()).isEqualTo("Partenariat de Périgny");
        assertThat(detail.text()).contains("Enregistrer l’appel", "Léa Fontaine", "Nous voulons rejoindre");
        assertThat(detail.value("recordedBy")).as("prefilled with the coordinator's name").isEqualTo("Sophie Bernard");
    }

    @Test
    void theActivationNeedsBothDatesThenSendsThem() throws Exception {
        gateway.answer("GET", "/api/communes/17274/partnership", 200, REQUESTED.formatted("CONTACTED"));
        Page page = Page.of(mvc.perform(post("/gestion/coordination/partenariats/17274/activation")
                .with(StaffSignIn.coordinator()).with(csrf()).param("recordedBy", "Sophie Bernard")
                .param("charterSignedOn", "31/02/2026").param("note", "Charte reçue"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.errorSummary()).containsExactly(
                "#charterSignedOn Indiquez la date de signature de la charte, par exemple 15/12/2026.",
                "#communicationKitSentOn Indiquez la date d’envoi du kit de communication, par exemple 15/12/2026.");
        assertThat(page.fieldError("charterSignedOn")).startsWith("Indiquez la date");
        assertThat(page.value("note")).isEqualTo("Charte reçue");
        assertThat(gateway.calls("POST", "/api/communes/17274/partnership/activation")).isEmpty();

        gateway.answer("POST", "/api/communes/17274/partnership/activation", 200, REQUESTED.formatted("PARTNER"));
        mvc.perform(post("/gestion/coordination/partenariats/17274/activation").with(StaffSignIn.coordinator())
                .with(csrf()).param("recordedBy", "Sophie Bernard").param("charterSignedOn", "2026-12-01")
                .param("communicationKitSentOn", "02/12/2026"))
                .andExpect(redirectedUrl("/gestion/coordination/partenariats/17274"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("La commune est partenaire")));
        assertThat(gateway.calls("POST", "/api/communes/17274/partnership/activation")).singleElement()
                .satisfies(call -> assertThat(call.body()).contains("\"charterSignedOn\":\"2026-12-01\"",
                        "\"communicationKitSentOn\":\"2026-12-02\"", "\"recordedBy\":\"Sophie Bernard\""));
    }

    @Test
    void aReferentIsAppointedFromTheFormAndBadInputIsKept() throws Exception {
        gateway.answer("GET", "/api/communes/17274/partnership", 200, REQUESTED.formatted("PARTNER"));
        gateway.answer("GET", "/api/communes/17274/referents", 200, "[]");
        Page page = Page.of(mvc.perform(post("/gestion/coordination/partenariats/17274/referents")
                .with(StaffSignIn.coordinator()).with(csrf()).param("firstName", "Nadia").param("lastName", "")
                .param("email", "pas-une-adresse").param("phone", "05 46 00 00 01").param("role", "Agente du CCAS"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.errorSummary()).containsExactly("#lastName Indiquez le nom du ou de la référente.",
                "#email Indiquez une adresse électronique valide, par exemple prenom.nom@mairie.fr.");
        assertThat(page.value("firstName")).isEqualTo("Nadia");
        assertThat(gateway.calls("POST", "/api/communes/17274/referents")).isEmpty();

        gateway.answer("POST", "/api/communes/17274/referents", 201, """
                {"id":"ref-1","communeInsee":"17274","firstName":"Nadia","lastName":"Lambert"}""");
        mvc.perform(post("/gestion/coordination/partenariats/17274/referents").with(StaffSignIn.coordinator())
                .with(csrf()).param("firstName", "Nadia").param("lastName", "Lambert")
                .param("email", "nadia@perigny.example").param("phone", "05 46 00 00 01").param("role", "Agente"))
                .andExpect(redirectedUrl("/gestion/coordination/partenariats/17274"));
        assertThat(gateway.calls("POST", "/api/communes/17274/referents").get(0).body())
                .contains("\"email\":\"nadia@perigny.example\"", "\"role\":\"Agente\"");
        gateway.answer("DELETE", "/api/communes/17274/referents/ref-1", 204, "");
        mvc.perform(post("/gestion/coordination/partenariats/17274/referents/ref-1/retrait")
                .with(StaffSignIn.coordinator()).with(csrf()))
                .andExpect(redirectedUrl("/gestion/coordination/partenariats/17274"));
        assertThat(gateway.calls("DELETE", "/api/communes/17274/referents/ref-1")).hasSize(1);
    }

    @Test
    void aSessionNeedsAFutureDateAndAnHttpsLink() throws Exception {
        gateway.answer("GET", "/api/sessions", 200, "[]");
        Page page = Page.of(mvc.perform(post("/gestion/coordination/visios").with(StaffSignIn.coordinator())
                .with(csrf()).param("date", "01/01/2020").param("time", "18h30").param("durationMinutes", "60")
                .param("videoLink", "http://visio.example/x").param("capacity", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).assertAccessibleShell();
        assertThat(page.errorSummary()).containsExactly("#date Choisissez une date à venir.",
                "#videoLink Indiquez le lien https:// de la visio, par exemple https://visio.exemple.fr/presentation.",
                "#capacity Indiquez un nombre de places entre 1 et 500.");
        assertThat(page.value("videoLink")).isEqualTo("http://visio.example/x");
        assertThat(gateway.calls("POST", "/api/sessions")).isEmpty();

        gateway.answer("POST", "/api/sessions", 201, """
                {"id":"s-9","startsAt":"2099-01-05T17:30:00Z","durationMinutes":60,"videoLink":"https://visio.example/x",
                 "capacity":10,"seatsLeft":10,"participants":[]}""");
        mvc.perform(post("/gestion/coordination/visios").with(StaffSignIn.coordinator()).with(csrf())
                .param("date", "2099-01-05").param("time", "18:30").param("durationMinutes", "60")
                .param("videoLink", "https://visio.example/x").param("capacity", "10"))
                .andExpect(redirectedUrl("/gestion/coordination/visios"));
        assertThat(gateway.calls("POST", "/api/sessions").get(0).body())
                .contains("\"startsAt\":\"2099-01-05T17:30:00Z\"", "\"capacity\":10");
    }

    @Test
    void theSessionsAreListedAndAParticipantIsMarkedPresent() throws Exception {
        gateway.answer("GET", "/api/sessions", 200, """
                [{"id":"s-1","title":"Visio passée","startsAt":"2020-01-05T17:30:00Z","durationMinutes":60,
                  "capacity":10,"seatsLeft":9},
                 {"id":"s-2","title":"Visio de janvier","startsAt":"2099-01-05T17:30:00Z","durationMinutes":60,
                  "capacity":10,"seatsLeft":10}]""");
        Page list = Page.of(mvc.perform(get("/gestion/coordination/visios").with(StaffSignIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).assertAccessibleShell();
        assertThat(list.text()).contains("Visio de janvier", "Visio passée", "1 inscrits sur 10 places");
        assertThat(gateway.calls("GET", "/api/sessions").get(0).uri()).startsWith("/api/sessions?from=");

        gateway.answer("GET", "/api/sessions/s-1", 200, """
                {"id":"s-1","title":"Visio passée","startsAt":"2020-01-05T17:30:00Z","durationMinutes":60,
                 "videoLink":"https://visio.example/s-1","capacity":10,"seatsLeft":9,
                 "participants":[{"volunteerId":"v-7","firstName":"Paul","lastName":"Girard","present":false}]}""");
        Page session = Page.of(mvc.perform(get("/gestion/coordination/visios/s-1").with(StaffSignIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).assertAccessibleShell();
        assertThat(session.text()).contains("Paul Girard", "Noter Paul Girard présent ou présente");
        gateway.answer("POST", "/api/sessions/s-1/attendance", 200, "{}");
        mvc.perform(post("/gestion/coordination/visios/s-1/presence").with(StaffSignIn.coordinator()).with(csrf())
                .param("volunteerId", "v-7")).andExpect(redirectedUrl("/gestion/coordination/visios/s-1"));
        assertThat(gateway.calls("POST", "/api/sessions/s-1/attendance").get(0).body())
                .isEqualTo("{\"volunteerId\":\"v-7\"}");
    }

    @Test
    void theInterviewsPerimeterIsCheckedThenSent() throws Exception {
        gateway.answer("GET", "/api/volunteers/v-7", 200, """
                {"id":"v-7","status":"REGISTERED","firstName":"Paul","lastName":"Girard","email":"paul@example.fr",
                 "communeInsee":"17274","communeName":"Périgny","onboarding":{"step":"SESSION_ATTENDED"}}""");
        Page form = Page.of(mvc.perform(get("/gestion/coordination/benevoles/v-7").with(StaffSignIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).assertAccessibleShell();
        assertThat(form.text()).contains("Prévoir l’entretien téléphonique", "Enregistrer l’entretien");

        Page page = Page.of(mvc.perform(post("/gestion/coordination/benevoles/v-7/entretien")
                .with(StaffSignIn.coordinator()).with(csrf()).param("maxDistanceKm", "500")
                .param("kindsOfHelp", "SHOPPING").param("monthlyPledgeHours", "2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.errorSummary()).containsExactly("#modes Cochez au moins une façon d’aider.",
                "#maxDistanceKm Indiquez une distance entre 1 et 100 km.",
                "#availability Cochez au moins un moment où le ou la bénévole est disponible.");
        assertThat(page.document().select("input[name=kindsOfHelp][value=SHOPPING]").attr("checked")).isNotNull();
        assertThat(page.document().select("input[name=kindsOfHelp][value=SHOPPING][checked]")).hasSize(1);
        assertThat(gateway.calls("POST", "/api/volunteers/v-7/interview")).isEmpty();

        gateway.answer("POST", "/api/volunteers/v-7/interview", 200, "{}");
        mvc.perform(post("/gestion/coordination/benevoles/v-7/entretien").with(StaffSignIn.coordinator()).with(csrf())
                .param("modes", "INDIVIDUAL").param("maxDistanceKm", "5").param("kindsOfHelp", "SHOPPING")
                .param("kindsOfHelp", "VISITS").param("availability", "MONDAY-MORNING")
                .param("availability", "FRIDAY-EVENING").param("monthlyPledgeHours", "3"))
                .andExpect(redirectedUrl("/gestion/coordination/benevoles/v-7"));
        assertThat(gateway.calls("POST", "/api/volunteers/v-7/interview").get(0).body()).contains(
                "\"modes\":[\"INDIVIDUAL\"]", "\"maxDistanceKm\":5", "\"kindsOfHelp\":[\"SHOPPING\",\"VISITS\"]",
                "{\"day\":\"MONDAY\",\"period\":\"MORNING\"}", "\"monthlyPledgeHours\":3");
    }

    @Test
    void theSearchResolvesTheCommuneAndPassesEachFilter() throws Exception {
        Page bad = Page.of(mvc.perform(get("/gestion/coordination/benevoles").param("commune", "Paris")
                .param("etape", "NOPE").with(StaffSignIn.coordinator())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).assertAccessibleShell();
        assertThat(bad.errorSummary()).containsExactly(
                "#commune Nous ne trouvons pas « Paris » parmi les communes de la Charente-Maritime.",
                "#etape Choisissez une étape de la liste.");
        assertThat(gateway.calls()).isEmpty();

        gateway.answer("GET", "/api/volunteers/search", 200, """
                {"page":0,"size":50,"totalElements":1,"totalPages":1,"volunteers":[{"volunteerId":"v-7",
                 "firstName":"Paul","lastName":"Girard","status":"REGISTERED","onboardingStep":"SESSION_ATTENDED",
                 "communeInsee":"17274","communeName":"Périgny","partnerCode":"MUTUALIA"}]}""");
        Page found = Page.of(mvc.perform(get("/gestion/coordination/benevoles").param("statut", "REGISTERED")
                .param("commune", "Périgny").param("etape", "SESSION_ATTENDED").param("partenaire", "MUTUALIA")
                .with(StaffSignIn.coordinator())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(found.text()).contains("1 bénévole trouvé", "Paul Girard", "Visio suivie, entretien à prévoir");
        assertThat(gateway.calls("GET", "/api/volunteers/search").get(0).uri()).isEqualTo(
                "/api/volunteers/search?status=REGISTERED&commune=17274&step=SESSION_ATTENDED&partner=MUTUALIA"
                        + "&page=0&size=50");
    }
}
