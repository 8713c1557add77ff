package fr.heurecivique.web.space;

import fr.heurecivique.web.WebTestBase;
import fr.heurecivique.web.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The volunteer's space over a stand-in gateway: each page shows the next step of the journey, and each form makes
 * the right API call with the volunteer's own token, then redirects to a page with a French confirmation.
 */
class SpaceTest extends WebTestBase {

    static final String V = "vol-1";

    @BeforeEach
    void answers() {
        gateway.answer("GET", "/api/volunteers/" + V + "/matches", 200, "[" + match("m-1", "PROPOSED") + ","
                + match("m-2", "ACCEPTED") + "]");
        gateway.answer("GET", "/api/volunteers/" + V + "/hours", 200, """
                {"volunteerId":"vol-1","month":"2026-12","minutesThisMonth":90,"minutesThisYear":600,
                 "minutesTotal":720,"pledgeHours":2,"pledgeFulfilled":false,
                 "months":[{"month":"2026-12","minutes":90,"matches":1}]}""");
        gateway.answer("GET", "/api/sessions", 200, """
                [{"id":"s-1","title":"Visio de décembre","startsAt":"2026-12-10T17:00:00Z","durationMinutes":60,
                  "endsAt":"2026-12-10T18:00:00Z","capacity":12,"seatsLeft":5}]""");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "REGISTERED | SIGNED_UP           | Réserver ma visio de présentation",
            "REGISTERED | SESSION_BOOKED      | Changer de visio",
            "REGISTERED | SESSION_ATTENDED    | va vous appeler",
            "REGISTERED | INTERVIEW_SCHEDULED | Votre entretien téléphonique est prévu le",
            "ACTIVE     | COMPLETED           | Une proposition attend votre réponse.",
            "PAUSED     | COMPLETED           | Reprendre ma participation",
            "WITHDRAWN  | COMPLETED           | Vous avez quitté le dispositif" })
    void theFirstPageShowsTheNextStepOfTheJourney(String status, String step, String expected) throws Exception {
        gateway.answer("GET", "/api/volunteers/" + V, 200, volunteer(status, step));
        String page = mvc.perform(get("/mon-espace").with(WebTestSupport.volunteer(V)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(expected, "<h1>Mon espace</h1>", "lang=\"fr\"");
        assertThat(page.split("<h1").length - 1).as("one h1").isEqualTo(1);
        assertThat(gateway.calls("GET", "/api/volunteers/" + V)).first()
                .satisfies(request -> assertThat(request.header("Authorization"))
                        .isEqualTo("Bearer " + WebTestSupport.accessToken(V)));
        if ("SESSION_BOOKED".equals(step)) {
            assertThat(page).contains("jeudi 10 décembre 2026 à 18 h 00", "https://visio.example/s-1");
        }
        if ("ACTIVE".equals(status)) {
            assertThat(page).contains("1 h 30", "2 heures");
        }
    }

    @Test
    void bookingASessionPostsTheVolunteersBookingAndConfirmsIt() throws Exception {
        gateway.answer("GET", "/api/volunteers/" + V, 200, volunteer("REGISTERED", "SIGNED_UP"));
        assertThat(mvc.perform(get("/mon-espace/visios").with(WebTestSupport.volunteer(V)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Visio de décembre", "5 places libres", "Réserver cette visio");
        gateway.answer("POST", "/api/sessions/s-1/bookings", 200, volunteer("REGISTERED", "SESSION_BOOKED"));
        gateway.answer("GET", "/api/volunteers/" + V, 200, volunteer("REGISTERED", "SESSION_BOOKED"));

        mvc.perform(post("/mon-espace/visios/s-1/reservation").with(WebTestSupport.volunteer(V)).with(csrf()))
                .andExpect(redirectedUrl("/mon-espace"))
                .andExpect(flash().attribute("message",
                        "Votre visio de présentation est réservée pour le jeudi 10 décembre 2026 à 18 h 00."));
        assertThat(gateway.calls("POST", "/api/sessions/s-1/bookings")).singleElement()
                .satisfies(request -> assertThat(request.body()).isEqualTo("{\"volunteerId\":\"vol-1\"}"));
    }

    @Test
    void acceptingAProposalPostsTheAcceptanceWithTheVolunteersToken() throws Exception {
        gateway.answer("GET", "/api/matches/m-1", 200, match("m-1", "PROPOSED"));
        gateway.answer("POST", "/api/matches/m-1/accept", 200, match("m-1", "ACCEPTED"));
        String page = mvc.perform(get("/mon-espace/propositions").with(WebTestSupport.volunteer(V)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Courses pour Mme Durand", "J’accepte", "Je décline", "Trop loin",
                "action=\"/mon-espace/propositions/m-1/accepter\"", "name=\"_csrf\"");

        mvc.perform(post("/mon-espace/propositions/m-1/accepter").with(WebTestSupport.volunteer(V)).with(csrf()))
                .andExpect(redirectedUrl("/mon-espace/missions"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith(
                        "Merci ! Vous avez accepté « Courses pour Mme Durand »")));
        assertThat(gateway.calls("POST", "/api/matches/m-1/accept")).singleElement()
                .satisfies(request -> assertThat(request.header("Authorization"))
                        .isEqualTo("Bearer " + WebTestSupport.accessToken(V)));
    }

    @Test
    void aProposalInTheVolunteersOwnCommuneSaysSoAndNamesItsDate() throws Exception {
        String sameCommune = match("m-3", "PROPOSED").replace("\"distanceKm\":2.4",
                "\"distanceKm\":null,\"sameCommune\":true,\"occurrence\":\"2026-12-15\"");
        gateway.answer("GET", "/api/volunteers/" + V + "/matches", 200, "[" + sameCommune + "]");
        String page = mvc.perform(get("/mon-espace/propositions").with(WebTestSupport.volunteer(V)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("La Rochelle, dans votre commune", "le mardi 15 décembre 2026")
                .doesNotContain("0 km");
    }

    @Test
    void decliningNeedsAReasonFromTheListThenPostsIt() throws Exception {
        gateway.answer("GET", "/api/matches/m-1", 200, match("m-1", "PROPOSED"));
        String refused = mvc.perform(post("/mon-espace/propositions/m-1/decliner").param("reason", "")
                        .with(WebTestSupport.volunteer(V)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("error-summary", "href=\"#reason-m-1\"",
                "Choisissez la raison pour laquelle vous déclinez.", "aria-describedby=\"reason-m-1-erreur\"",
                "aria-invalid=\"true\"");
        assertThat(gateway.calls("POST", "/api/matches/m-1/decline")).isEmpty();

        gateway.answer("POST", "/api/matches/m-1/decline", 200, match("m-1", "DECLINED"));
        mvc.perform(post("/mon-espace/propositions/m-1/decliner").param("reason", "TOO_FAR")
                        .param("note", "  Je n’ai pas de voiture  ").with(WebTestSupport.volunteer(V)).with(csrf()))
                .andExpect(redirectedUrl("/mon-espace/propositions"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("Vous avez décliné")));
        assertThat(gateway.calls("POST", "/api/matches/m-1/decline")).singleElement()
                .satisfies(request -> assertThat(request.body())
                        .isEqualTo("{\"reason\":\"TOO_FAR\",\"note\":\"Je n’ai pas de voiture\"}"));
    }

    @Test
    void aProposalThatExpiredMeanwhileIsToldInFrench() throws Exception {
        gateway.answer("GET", "/api/matches/m-1", 200, match("m-1", "PROPOSED"));
        gateway.answer("POST", "/api/matches/m-1/accept", 409,
                "{\"title\":\"Conflit\",\"status\":409,\"detail\":\"Cette proposition a expiré.\"}");
        mvc.perform(post("/mon-espace/propositions/m-1/accepter").with(WebTestSupport.volunteer(V)).with(csrf()))
                .andExpect(redirectedUrl("/mon-espace/propositions"))
                .andExpect(flash().attribute("warning", "Cette proposition a expiré."));
    }

    @Test
    void theApisRefusalsArePagesInFrenchNeverAStackTrace() throws Exception {
        gateway.answer("GET", "/api/matches/nope", 404, "{\"title\":\"Introuvable\",\"status\":404}");
        String notFound = mvc.perform(post("/mon-espace/propositions/nope/accepter")
                        .with(WebTestSupport.volunteer(V)).with(csrf()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(notFound).contains("<h1>Introuvable</h1>").doesNotContain("Exception", "at fr.");

        gateway.answer("GET", "/api/matches/other", 403, "{\"title\":\"Accès refusé\",\"status\":403}");
        assertThat(mvc.perform(post("/mon-espace/propositions/other/accepter")
                        .with(WebTestSupport.volunteer(V)).with(csrf()))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString())
                .contains("<h1>Accès refusé</h1>");
    }

    @Test
    void pauseAndPreferencesAreFormsThatCallTheApi() throws Exception {
        gateway.answer("POST", "/api/volunteers/" + V + "/pause", 200, volunteer("PAUSED", "COMPLETED"));
        mvc.perform(post("/mon-espace/participation/pause").with(WebTestSupport.volunteer(V)).with(csrf()))
                .andExpect(redirectedUrl("/mon-espace"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith(
                        "Votre participation est en pause")));
        assertThat(gateway.calls("POST", "/api/volunteers/" + V + "/pause")).hasSize(1);

        gateway.answer("PATCH", "/api/volunteers/" + V, 200, volunteer("ACTIVE", "COMPLETED"));
        mvc.perform(post("/mon-espace/profil/preferences").param("email", "true")
                        .with(WebTestSupport.volunteer(V)).with(csrf()))
                .andExpect(redirectedUrl("/mon-espace/profil"));
        assertThat(gateway.calls("PATCH", "/api/volunteers/" + V)).singleElement()
                .satisfies(request -> assertThat(request.body()).contains("\"email\":true", "\"sms\":false",
                        "\"shareWithCommune\":false"));
    }

    @Test
    void theProfileShowsThePerimeterInFrench() throws Exception {
        gateway.answer("GET", "/api/volunteers/" + V, 200, volunteer("ACTIVE", "COMPLETED"));
        assertThat(mvc.perform(get("/mon-espace/profil").with(WebTestSupport.volunteer(V)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Courses", "Aide numérique", "samedi matin", "5 km autour de chez moi",
                        "2 heures par mois", "Auprès d’habitants, dans le voisinage", "<label for=\"sms\"");
    }

    @Test
    void downloadingMyDataGivesTheExportAsAJsonFile() throws Exception {
        gateway.answer("GET", "/api/volunteers/" + V + "/export", 200, "{\"volunteer\":{\"id\":\"vol-1\"}}");
        MvcResult export = mvc.perform(get("/mon-espace/mes-donnees/export").with(WebTestSupport.volunteer(V)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"heure-civique-mes-donnees.json\""))
                .andReturn();
        assertThat(export.getResponse().getContentAsString()).isEqualTo("{\"volunteer\":{\"id\":\"vol-1\"}}");
    }

    @Test
    void deletingMyAccountNeedsTheConfirmationThenErasesAndSignsOutEverywhere() throws Exception {
        gateway.answer("GET", "/api/volunteers/" + V, 200, volunteer("ACTIVE", "COMPLETED"));
        assertThat(mvc.perform(get("/mon-espace/supprimer-mon-compte").with(WebTestSupport.volunteer(V)))
                .andReturn().getResponse().getContentAsString())
                .contains("définitive", "votre compte de connexion", "journal des messages");
        assertThat(mvc.perform(post("/mon-espace/supprimer-mon-compte").with(WebTestSupport.volunteer(V))
                        .with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("href=\"#confirmation\"", "Cochez la case");
        assertThat(gateway.calls("DELETE", "/api/volunteers/" + V)).isEmpty();

        gateway.answer("DELETE", "/api/volunteers/" + V, 204, "");
        String location = mvc.perform(post("/mon-espace/supprimer-mon-compte").param("confirmation", "true")
                        .with(WebTestSupport.volunteer(V)).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(gateway.calls("DELETE", "/api/volunteers/" + V)).hasSize(1);
        assertThat(location).startsWith(WebTestSupport.END_SESSION).contains("id_token_hint=id-token-of-vol-1")
                .contains("compte-supprime");
    }

    @Test
    void anAccountWithoutAVolunteerRecordIsToldSo() throws Exception {
        assertThat(mvc.perform(get("/mon-espace").with(WebTestSupport.volunteer(null)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("n’est lié à aucune inscription de bénévole");
        assertThat(gateway.calls()).isEmpty();
    }

    static String volunteer(String status, String step) {
        String session = step.equals("SIGNED_UP") ? "null" : """
                {"id":"s-1","startsAt":"2026-12-10T17:00:00Z","durationMinutes":60,
                 "videoLink":"https://visio.example/s-1"}""";
        String interviewAt = step.equals("INTERVIEW_SCHEDULED") || step.equals("COMPLETED")
                ? "\"2026-12-15T09:00:00Z\"" : "null";
        String perimeter = step.equals("COMPLETED") ? """
                {"modes":["INDIVIDUAL"],"maxDistanceKm":5,"kindsOfHelp":["SHOPPING","DIGITAL"],
                 "availability":[{"day":"SATURDAY","period":"MORNING"}],"monthlyPledgeHours":2}""" : "null";
        return """
                {"id":"vol-1","status":"%s","firstName":"Claire","lastName":"Martin",
                 "email":"claire.martin@example.fr","phone":"+33612345678","communeInsee":"17300",
                 "communeName":"La Rochelle",
                 "consents":{"dataProcessing":true,"email":true,"sms":false,"shareWithCommune":true},
                 "onboarding":{"step":"%s","session":%s,"interviewAt":%s,"interviewedAt":null},
                 "perimeter":%s}""".formatted(status, step, session, interviewAt, perimeter);
    }

    @Test
    void aProposalInTheVolunteersOwnCommuneWithoutADistanceIsShown() throws Exception {
        gateway.answer("GET", "/api/volunteers/" + V + "/matches", 200, "[" + match("m-1", "PROPOSED")
                .replace("\"distanceKm\":2.4", "\"distanceKm\":null,\"sameCommune\":true") + "]");
        String page = mvc.perform(get("/mon-espace/propositions").with(WebTestSupport.volunteer(V)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("La Rochelle, dans votre commune", "/mon-espace/propositions/m-1/accepter");
    }

    static String match(String id, String status) {
        return """
                {"matchId":"%s","needId":"n-1","needTitle":"Courses pour Mme Durand","needKind":"SHOPPING",
                 "needMode":"INDIVIDUAL","communeInsee":"17300","communeName":"La Rochelle",
                 "whenLabel":"samedi matin","volunteerId":"vol-1","status":"%s","statusLabel":"proposée",
                 "proposedAt":"2026-12-01T10:00:00Z","expiresAt":"2026-12-04T10:00:00Z","distanceKm":2.4,
                 "needFull":false,"version":1,"volunteersNeeded":1,"acceptedCount":0}""".formatted(id, status);
    }
}
