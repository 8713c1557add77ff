package fr.heurecivique.web.staff.referent;

import fr.heurecivique.web.Page;
import fr.heurecivique.web.WebTestBase;
import fr.heurecivique.web.staff.StaffSignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The referent's commune over a stand-in gateway: only their own communes open; each form checks what was typed,
 * keeps it, sends nothing while it has errors, and makes the right API call with the referent's own token.
 */
class ReferentPagesTest extends WebTestBase {

    static final String BASE = "/gestion/communes/17300";
    static final String NEED = """
            {"id":"n-1","communeInsee":"17300","title":"Courses du jeudi","kind":"SHOPPING",
             "description":"Faire les courses.","mode":"INDIVIDUAL","beneficiaryId":"b-1",
             "place":{"kind":"BENEFICIARY_HOME"},"when":{"type":"ONCE","date":"2026-12-17","startTime":"14:00",
             "endTime":"16:00"},"durationMinutes":60,"volunteersNeeded":1,"urgency":"NORMAL","status":"OPEN",
             "postedAt":"2026-12-01T10:00:00Z"}""";

    @BeforeEach
    void answers() {
        gateway.answer("GET", "/api/communes/17300/referents", 200, """
                [{"id":"r-1","firstName":"Nadia","lastName":"Lambert","email":"nadia@mairie.example"},
                 {"id":"r-2","firstName":"Léa","lastName":"Fontaine","email":"%s"}]""".formatted(
                StaffSignIn.REFERENT_EMAIL));
        gateway.answer("GET", "/api/communes/17300/beneficiaries", 200, """
                [{"id":"b-1","displayName":"Jeanne D.","preferredContact":"PHONE_CALL","consentToBeContacted":true,
                  "hasPhone":true,"hasAddress":true,"anonymised":false}]""");
        gateway.answer("GET", "/api/communes/17300/associations", 200, """
                [{"id":"a-1","name":"Banque alimentaire","contact":{"name":"Martine Roux"},"kindsOfNeed":["EVENTS"]}]""");
        gateway.answer("GET", "/api/needs", 200, "{\"items\":[" + NEED + "],\"page\":0,\"size\":100,"
                + "\"totalItems\":1,\"totalPages\":1}");
        gateway.answer("GET", "/api/needs/n-1", 200, NEED);
    }

    @Test
    void aReferentOfAnotherCommuneGetsTheFrench403PageAndTheApiIsNotAsked() throws Exception {
        String html = mvc.perform(get(BASE).with(StaffSignIn.referentOf("17299")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(Page.of(html).h1()).isEqualTo("Accès refusé");
        assertThat(html).contains("La Rochelle, qui n’est pas la vôtre");
        mvc.perform(get(BASE + "/besoins/n-1").with(StaffSignIn.referentOf("17299")))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/besoins/nouveau").with(StaffSignIn.referentOf("17299")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(gateway.calls()).isEmpty();
    }

    @Test
    void anIdEditedInTheAddressIsRefusedByTheApiAndShownAsTheFrench403Page() throws Exception {
        gateway.answer("GET", "/api/needs/other", 403, "{\"title\":\"Accès refusé\",\"status\":403,"
                + "\"detail\":\"Ce besoin n’est pas celui de votre commune.\"}");
        String html = mvc.perform(get("/gestion/communes/17299/besoins/other").with(StaffSignIn.referentOf("17299")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h1>Accès refusé</h1>", "Ce besoin n’est pas celui de votre commune.")
                .doesNotContain("Exception");
        // a need of another commune under this commune's address is not shown either
        gateway.answer("GET", "/api/needs/n-1", 200, NEED.replace("\"17300\"", "\"17299\""));
        mvc.perform(get(BASE + "/besoins/n-1").with(StaffSignIn.referentOf("17300")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCommunesNeedsAreListedByStatus() throws Exception {
        String html = mvc.perform(get(BASE).param("statut", "OPEN").with(StaffSignIn.referentOf("17300")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Page.of(html).assertAccessibleShell();
        assertThat(html).contains("Les besoins de La Rochelle", "Courses du jeudi", "le jeudi 17 décembre 2026",
                "href=\"/gestion/communes/17300/besoins/n-1\"");
        assertThat(gateway.calls("GET", "/api/needs")).singleElement().satisfies(call -> {
            assertThat(call.uri()).contains("commune=17300", "status=OPEN");
            assertThat(call.header("Authorization")).isEqualTo("Bearer " + StaffSignIn.accessToken(
                    java.util.List.of("REFERENT"), java.util.List.of("17300"), StaffSignIn.REFERENT_EMAIL));
        });
    }

    @Test
    void theNeedFormKeepsWhatWasTypedShowsItsErrorsAndSendsNothing() throws Exception {
        String form = mvc.perform(get(BASE + "/besoins/nouveau").with(StaffSignIn.referentOf("17300")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Page.of(form).assertAccessibleShell();
        // the signed-in referent is chosen by their address; recipients are the commune's beneficiaries and associations
        assertThat(form).contains("<option value=\"r-2\" selected=\"selected\">Léa Fontaine</option>",
                "beneficiaire:b-1", "association:a-1");

        String html = mvc.perform(post(BASE + "/besoins/nouveau").with(StaffSignIn.referentOf("17300")).with(csrf())
                        .param("title", "Courses du jeudi").param("schedule", "WEEKLY").param("startTime", "14:00")
                        .param("endTime", "13:00").param("duration", "900").param("volunteers", "1"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        Page page = Page.of(html).assertAccessibleShell();
        assertThat(page.title()).startsWith("Erreur");
        assertThat(page.errorSummary()).contains("#recipient Choisissez la personne ou l’association aidée.",
                "#kind Choisissez le type d’aide.", "#days-MONDAY Cochez au moins un jour de la semaine.",
                "#endDate Indiquez la date de fin de la récurrence.",
                "#endTime L’heure de fin doit être après l’heure de début.",
                "#duration Indiquez une durée entre 1 et 480 minutes (8 heures).");
        assertThat(page.value("title")).isEqualTo("Courses du jeudi");
        assertThat(html).contains("href=\"#days-MONDAY\"", "aria-invalid=\"true\"");
        assertThat(gateway.calls("POST", "/api/communes/17300/needs")).isEmpty();
    }

    @Test
    void aOneOffNeedForABeneficiaryIsPostedAndLeadsToItsSuggestions() throws Exception {
        gateway.answer("POST", "/api/communes/17300/needs", 201, NEED);
        mvc.perform(post(BASE + "/besoins/nouveau").with(StaffSignIn.referentOf("17300")).with(csrf())
                        .param("referent", "r-2").param("recipient", "beneficiaire:b-1")
                        .param("title", " Courses du jeudi ").param("kind", "SHOPPING")
                        .param("description", "Faire les courses.").param("schedule", "ONCE")
                        .param("date", "17/12/2026").param("startTime", "14h").param("endTime", "16:00")
                        .param("duration", "60").param("volunteers", "1"))
                .andExpect(redirectedUrl(BASE + "/besoins/n-1"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith(
                        "Le besoin « Courses du jeudi » est publié")));
        assertThat(gateway.calls("POST", "/api/communes/17300/needs")).singleElement()
                .satisfies(call -> assertThat(call.body()).isEqualTo("""
                        {"referentId":"r-2","beneficiaryId":"b-1","title":"Courses du jeudi","kind":"SHOPPING",\
                        "description":"Faire les courses.","when":{"date":"2026-12-17","startTime":"14:00",\
                        "endTime":"16:00"},"durationMinutes":60,"volunteersNeeded":1,"urgency":"NORMAL"}"""));
    }

    @Test
    void aWeeklyNeedForAnAssociationIsPostedWithItsDaysAndEndDate() throws Exception {
        gateway.answer("POST", "/api/communes/17300/needs", 201, NEED);
        mvc.perform(post(BASE + "/besoins/nouveau").with(StaffSignIn.referentOf("17300")).with(csrf())
                        .param("referent", "r-1").param("recipient", "association:a-1").param("title", "Collecte")
                        .param("kind", "EVENTS").param("description", "Tenir un stand.").param("schedule", "WEEKLY")
                        .param("days", "THURSDAY").param("days", "MONDAY").param("endDate", "2027-03-01")
                        .param("startTime", "09:00").param("endTime", "12:00").param("duration", "180")
                        .param("volunteers", "2").param("urgent", "true").param("address", "Place du marché"))
                .andExpect(status().is3xxRedirection());
        assertThat(gateway.calls("POST", "/api/communes/17300/needs")).singleElement()
                .satisfies(call -> assertThat(call.body()).contains("\"associationId\":\"a-1\"",
                        "\"place\":{\"address\":\"Place du marché\"}",
                        "\"when\":{\"daysOfWeek\":[\"THURSDAY\",\"MONDAY\"],\"endDate\":\"2027-03-01\",",
                        "\"urgency\":\"URGENT\"").doesNotContain("beneficiaryId"));
    }

    @Test
    void theApisFieldProblemsComeBackOnTheFormsFields() throws Exception {
        gateway.answer("POST", "/api/communes/17300/needs", 400, """
                {"title":"Requête invalide","status":400,"errors":[{"field":"when.date",
                 "message":"le créneau est déjà passé : choisissez une date et une heure à venir"}]}""");
        String html = mvc.perform(post(BASE + "/besoins/nouveau").with(StaffSignIn.referentOf("17300")).with(csrf())
                        .param("referent", "r-2").param("recipient", "beneficiaire:b-1").param("title", "Courses")
                        .param("kind", "SHOPPING").param("description", "Faire les courses.")
                        .param("schedule", "ONCE").param("date", "01/01/2020").param("startTime", "14:00")
                        .param("endTime", "16:00").param("duration", "60").param("volunteers", "1"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Page.of(html).fieldError("date")).contains("Date : le créneau est déjà passé");
        assertThat(Page.of(html).value("date")).isEqualTo("01/01/2020");
    }

    @Test
    void theNeedsPageShowsTheRankedSuggestionsWithTheirReasonsAndProposesOne() throws Exception {
        gateway.answer("GET", "/api/needs/n-1/suggestions", 200, """
                {"needId":"n-1","needTitle":"Courses du jeudi","needStatus":"OPEN","examined":3,"eligible":1,
                 "suggestions":[{"rank":1,"volunteerId":"v-1","displayName":"Claire M.","communeInsee":"17300",
                 "distanceKm":null,"sameCommune":true,"minutesThisMonth":30,"pledgeHours":4,"completed":2,
                 "reasons":[{"code":"AVAILABLE","label":"Disponible le jeudi après-midi"},
                            {"code":"KIND","label":"Propose des courses"}]}]}""");
        gateway.answer("GET", "/api/needs/n-1/matches", 200, "[]");
        String html = mvc.perform(get(BASE + "/besoins/n-1").with(StaffSignIn.referentOf("17300")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Page.of(html).assertAccessibleShell();
        assertThat(html).contains("1. Claire M.", "dans sa commune", "Disponible le jeudi après-midi",
                "Propose des courses", "Proposer à Claire M.", "Aucune proposition pour l’instant.");

        gateway.answer("POST", "/api/matches", 201, "{\"matchId\":\"m-1\",\"status\":\"PROPOSED\"}");
        mvc.perform(post(BASE + "/besoins/n-1/propositions").param("volunteerId", "v-1")
                        .param("volunteerName", "Claire M.").with(StaffSignIn.referentOf("17300")).with(csrf()))
                .andExpect(redirectedUrl(BASE + "/besoins/n-1"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith(
                        "La proposition est envoyée à Claire M.")));
        assertThat(gateway.calls("POST", "/api/matches")).singleElement().satisfies(call -> assertThat(call.body())
                .isEqualTo("{\"needId\":\"n-1\",\"volunteerId\":\"v-1\",\"referentId\":\"r-2\"}"));
    }

    @Test
    void anAcceptedMatchIsRecordedDoneWithItsMinutesOrMissed() throws Exception {
        String match = """
                {"matchId":"m-1","needId":"n-1","communeInsee":"17300","volunteerId":"v-1","volunteerName":"Claire M.",
                 "status":"ACCEPTED","statusLabel":"acceptée","proposedAt":"2026-12-01T10:00:00Z"}""";
        gateway.answer("GET", "/api/needs/n-1/suggestions", 200, "{\"suggestions\":[],\"notSuggestedBecause\":"
                + "\"Le besoin a tous ses bénévoles.\"}");
        gateway.answer("GET", "/api/needs/n-1/matches", 200, "[" + match + "]");
        gateway.answer("GET", "/api/matches/m-1", 200, match);
        String html = mvc.perform(get(BASE + "/besoins/n-1").with(StaffSignIn.referentOf("17300")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Claire M. : acceptée", "Le besoin a tous ses bénévoles.",
                "Enregistrer la mission réalisée", "action=\"/gestion/communes/17300/mises-en-relation/m-1/absence\"");

        mvc.perform(post(BASE + "/mises-en-relation/m-1/realisee").param("minutes", "abc")
                        .with(StaffSignIn.referentOf("17300")).with(csrf()))
                .andExpect(flash().attribute("warning", org.hamcrest.Matchers.startsWith("Indiquez la durée")));
        assertThat(gateway.calls("POST", "/api/matches/m-1/complete")).isEmpty();

        gateway.answer("POST", "/api/matches/m-1/complete", 200, match);
        mvc.perform(post(BASE + "/mises-en-relation/m-1/realisee").param("minutes", "60")
                        .with(StaffSignIn.referentOf("17300")).with(csrf()))
                .andExpect(redirectedUrl(BASE + "/besoins/n-1"));
        assertThat(gateway.calls("POST", "/api/matches/m-1/complete")).singleElement()
                .satisfies(call -> assertThat(call.body()).isEqualTo("{\"actualMinutes\":60}"));

        gateway.answer("POST", "/api/matches/m-1/no-show", 200, match);
        mvc.perform(post(BASE + "/mises-en-relation/m-1/absence").with(StaffSignIn.referentOf("17300")).with(csrf()))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("L’absence est enregistrée")));
        assertThat(gateway.calls("POST", "/api/matches/m-1/no-show")).hasSize(1);
    }

    @Test
    void justAfterItIsPostedANeedWhoseSuggestionsAreNotReadySaysSo() throws Exception {
        String html = mvc.perform(get(BASE + "/besoins/n-1").with(StaffSignIn.referentOf("17300")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Page.of(html).assertAccessibleShell();
        assertThat(html).contains("Les suggestions se préparent", "Aucune proposition pour l’instant.");
    }

    @Test
    void aNeedIsCancelledWithAReason() throws Exception {
        gateway.answer("GET", "/api/needs/n-1/suggestions", 200, "{\"suggestions\":[]}");
        gateway.answer("GET", "/api/needs/n-1/matches", 200, "[]");
        String html = mvc.perform(post(BASE + "/besoins/n-1/annulation").param("reason", "OTHER")
                        .with(StaffSignIn.referentOf("17300")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Page.of(html).errorSummary()).containsExactly("#note Précisez la raison de l’annulation.");
        gateway.answer("POST", "/api/needs/n-1/cancel", 200, NEED);
        mvc.perform(post(BASE + "/besoins/n-1/annulation").param("reason", "HELP_FOUND_ELSEWHERE")
                        .with(StaffSignIn.referentOf("17300")).with(csrf()))
                .andExpect(redirectedUrl(BASE));
        assertThat(gateway.calls("POST", "/api/needs/n-1/cancel")).singleElement()
                .satisfies(call -> assertThat(call.body()).isEqualTo("{\"reason\":\"HELP_FOUND_ELSEWHERE\"}"));
    }

    @Test
    void aBeneficiaryIsRecordedCorrectedAndErasedOnlyOnceConfirmed() throws Exception {
        String beneficiary = """
                {"id":"b-1","communeInsee":"17300","firstName":"Jeanne","lastName":"Dupuis","phone":"05 46 00 00 01",
                 "preferredContact":"PHONE_CALL","consentToBeContacted":true,"anonymised":false}""";
        String refused = mvc.perform(post(BASE + "/beneficiaires/nouveau").param("firstName", "Jeanne")
                        .param("phone", "12").param("preferredContact", "SMS")
                        .with(StaffSignIn.referentOf("17300")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Page.of(refused).assertAccessibleShell().errorSummary()).contains("#lastName Indiquez le nom.",
                "#phone Indiquez un numéro de téléphone français, par exemple 05 46 00 00 01.");
        assertThat(gateway.calls("POST", "/api/communes/17300/beneficiaries")).isEmpty();

        gateway.answer("POST", "/api/communes/17300/beneficiaries", 201, beneficiary);
        mvc.perform(post(BASE + "/beneficiaires/nouveau").param("firstName", "Jeanne").param("lastName", "Dupuis")
                        .param("phone", "05 46 00 00 01").param("preferredContact", "PHONE_CALL")
                        .param("consent", "true").with(StaffSignIn.referentOf("17300")).with(csrf()))
                .andExpect(redirectedUrl(BASE + "/beneficiaires"));
        assertThat(gateway.calls("POST", "/api/communes/17300/beneficiaries")).singleElement()
                .satisfies(call -> assertThat(call.body()).isEqualTo("""
                        {"referentId":"r-2","firstName":"Jeanne","lastName":"Dupuis","phone":"05 46 00 00 01",\
                        "preferredContact":"PHONE_CALL","consentToBeContacted":true}"""));

        gateway.answer("GET", "/api/communes/17300/beneficiaries/b-1", 200, beneficiary);
        gateway.answer("PATCH", "/api/communes/17300/beneficiaries/b-1", 200, beneficiary);
        mvc.perform(post(BASE + "/beneficiaires/b-1").param("firstName", "Jeanne").param("lastName", "Dupuis")
                        .param("preferredContact", "THROUGH_REFERENT").with(StaffSignIn.referentOf("17300")).with(csrf()))
                .andExpect(redirectedUrl(BASE + "/beneficiaires/b-1"));
        assertThat(gateway.calls("PATCH", "/api/communes/17300/beneficiaries/b-1")).singleElement()
                .satisfies(call -> assertThat(call.body()).contains("\"phone\":\"\"",
                        "\"preferredContact\":\"THROUGH_REFERENT\"", "\"consentToBeContacted\":false"));

        mvc.perform(post(BASE + "/beneficiaires/b-1/effacement").with(StaffSignIn.referentOf("17300")).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(gateway.calls("DELETE", "/api/communes/17300/beneficiaries/b-1")).isEmpty();
        gateway.answer("DELETE", "/api/communes/17300/beneficiaries/b-1", 204, "");
        mvc.perform(post(BASE + "/beneficiaires/b-1/effacement").param("confirm", "true")
                        .with(StaffSignIn.referentOf("17300")).with(csrf()))
                .andExpect(redirectedUrl(BASE + "/beneficiaires"));
        assertThat(gateway.calls("DELETE", "/api/communes/17300/beneficiaries/b-1")).hasSize(1);
    }

    @Test
    void anAssociationIsRecorded() throws Exception {
        String page = mvc.perform(get(BASE + "/associations").with(StaffSignIn.referentOf("17300")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Page.of(page).assertAccessibleShell();
        assertThat(page).contains("Banque alimentaire");
        gateway.answer("POST", "/api/communes/17300/associations", 201, "{\"id\":\"a-2\",\"name\":\"Les Amis\"}");
        mvc.perform(post(BASE + "/associations").param("name", "Les Amis").param("contactName", "Paul")
                        .param("contactEmail", "amis@exemple.fr").param("kinds", "VISITS")
                        .with(StaffSignIn.referentOf("17300")).with(csrf()))
                .andExpect(redirectedUrl(BASE + "/associations"));
        assertThat(gateway.calls("POST", "/api/communes/17300/associations")).singleElement()
                .satisfies(call -> assertThat(call.body()).isEqualTo("""
                        {"name":"Les Amis","contact":{"name":"Paul","email":"amis@exemple.fr"},"kindsOfNeed":["VISITS"]}"""));
    }

    @Test
    void theRosterIsATableWithFiltersAndTheSameListAsCsv() throws Exception {
        gateway.answer("GET", "/api/volunteers", 200, """
                {"communeInsee":"17300","communeName":"La Rochelle","page":0,"size":50,"totalElements":1,"totalPages":1,
                 "volunteers":[{"volunteerId":"v-1","firstName":"Claire","lastName":"Martin","status":"ACTIVE",
                 "kindsOfHelp":["SHOPPING","VISITS"],"monthlyPledgeHours":4,"contactShared":true,
                 "email":"claire@exemple.fr","phone":"06 12 34 56 78"}]}""");
        String html = mvc.perform(get(BASE + "/benevoles").param("statut", "ACTIVE").param("aide", "SHOPPING")
                        .with(StaffSignIn.referentOf("17300")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Page.of(html).assertAccessibleShell();
        assertThat(html).contains("Claire Martin", "Courses et commissions, Compagnie et visites", "claire@exemple.fr",
                "href=\"/gestion/communes/17300/benevoles.csv?statut=ACTIVE&amp;aide=SHOPPING\"");
        assertThat(gateway.calls("GET", "/api/volunteers").get(0).uri())
                .contains("commune=17300", "status=ACTIVE", "kind=SHOPPING");

        gateway.reset();
        gateway.answer("GET", "/api/volunteers", 200, "Prénom;Nom\nClaire;Martin\n", java.util.Map.of(
                "Content-Type", "text/csv;charset=UTF-8"));
        var csv = mvc.perform(get(BASE + "/benevoles.csv").param("statut", "ACTIVE")
                        .with(StaffSignIn.referentOf("17300")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(csv.getHeader("Content-Disposition")).contains("benevoles-17300.csv");
        assertThat(csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Claire;Martin");
        assertThat(gateway.calls().get(0).header("Accept")).isEqualTo("text/csv");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post(BASE + "/besoins/nouveau").with(StaffSignIn.referentOf("17300")))
                .andExpect(status().isForbidden());
        assertThat(gateway.calls()).isEmpty();
    }
}
