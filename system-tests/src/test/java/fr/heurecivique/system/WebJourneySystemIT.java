package fr.heurecivique.system;

import fr.heurecivique.browser.Browser;
import fr.heurecivique.browser.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static fr.heurecivique.system.RunningPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A resident's whole journey in the browser, on a phone-sized window, against the whole platform: signs up on the
 * form, chooses a password through the emailed link, signs in on identity-service's page, books a presentation on
 * the page; the staff do their part through the API (attendance, interview with a perimeter, a partner commune's
 * referent posts a need and proposes this volunteer); the proposal appears in the volunteer's space, is accepted
 * there, the referent records the mission done, and the hours appear. Then the same sign-up with JavaScript off.
 */
class WebJourneySystemIT {

    /** Surgères: made a partner commune by this test only. */
    private static final String COMMUNE = "17434";
    private static final String COMMUNE_NAME = "Surgères";
    /** Jonzac, for the sign-up without JavaScript. */
    private static final String OTHER_COMMUNE_NAME = "Jonzac";
    static final String SPACE = "/mon-espace";
    static final String SESSIONS = "/mon-espace/visios";
    static final String PROPOSALS = "/mon-espace/propositions";
    static final String MISSIONS = "/mon-espace/missions";

    private static WebSite site;
    private static RunningPlatform platform;

    @BeforeAll
    static void platform() {
        site = WebSite.withDemoData();
        platform = site.platform();
    }

    @Test
    void aResidentSignsUpChoosesAPasswordBooksASessionAcceptsAProposalAndSeesTheHours() {
        Browser browser = Browser.shared().use(Viewport.PHONE);
        site.signOut(browser);
        String email = "lucie.garnier." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";

        // Sign-up on the form.
        signUp(browser, "Lucie", "Garnier", email, COMMUNE_NAME);
        String volunteerId = volunteerIdOf(email, COMMUNE);

        // The emailed link: choose a password on identity-service's page.
        String password = "mot-de-passe-" + UUID.randomUUID();
        browser.open(site.passwordLinkFor(email));
        site.assertSoundProviderPage(browser);
        browser.type("password", password).type("confirmation", password).click("form button[type=submit]");
        browser.await(() -> browser.text().contains("mot de passe"));
        assertThat(browser.driver().getTitle()).doesNotContain("Erreur");

        // Sign in on identity-service's page, back to the space; book the session the coordinator published.
        RunningPlatform.Client coordinator = platform.as(RunningPlatform.DemoAccount.COORDINATOR);
        String session = json(ok(coordinator.post("/api/sessions", """
                {"title": "Visio de présentation", "startsAt": "%s", "durationMinutes": 60,
                 "videoLink": "https://visio.exemple.fr/presentation-web", "capacity": 12}
                """.formatted(Instant.now().plusSeconds(60))), 201)).get("id").asString();
        site.signIn(browser, SPACE, email, password, true);
        site.assertSoundPage(browser, SPACE);
        bookOnThePage(browser, session);
        await().atMost(Duration.ofSeconds(30)).until(() -> step(volunteerId), "SESSION_BOOKED"::equals);

        // The staff's steps, through the API: attendance once the session has started, the interview.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> coordinator.post(
                "/api/sessions/" + session + "/attendance", "{\"volunteerId\": \"" + volunteerId + "\"}")
                .statusCode() == 200);
        ok(coordinator.post("/api/volunteers/" + volunteerId + "/interview", """
                {"modes": ["INDIVIDUAL"], "maxDistanceKm": 10, "kindsOfHelp": ["SHOPPING", "VISITS"],
                 "availability": %s, "monthlyPledgeHours": 2}
                """.formatted(RunningPlatform.EVERY_AFTERNOON)), 200);
        RunningPlatform.PartnerCommune partner = platform.partnerCommune(COMMUNE);
        String need = platform.postNeed(partner, "Courses au marché de Surgères");
        RunningPlatform.Client referent = platform.as(partner.referentToken());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            HttpResponse<String> suggestions = referent.get("/api/needs/" + need + "/suggestions");
            return suggestions.statusCode() == 200 && suggestions.body().contains(volunteerId);
        });
        String match = json(ok(referent.post("/api/matches", """
                {"needId": "%s", "volunteerId": "%s", "referentId": "%s"}"""
                .formatted(need, volunteerId, partner.referentId())), 201)).get("matchId").asString();

        // The proposal appears in the space; she accepts it there.
        awaitOnPage(browser, PROPOSALS, page -> page.text().contains("Courses au marché de Surgères"));
        site.assertSoundPage(browser, PROPOSALS);
        acceptOnThePage(browser, match);
        await().atMost(Duration.ofSeconds(15)).until(() -> matchStatus(referent, need, match), "ACCEPTED"::equals);

        // Once the mission has started (the platform's time moves there), the referent records it done; the hour
        // appears in her space.
        try {
            platform.moveClock(Duration.between(platform.now(), java.time.LocalDate.now(java.time.ZoneId.of(
                    "Europe/Paris")).plusDays(2).atTime(14, 5).atZone(java.time.ZoneId.of("Europe/Paris")).toInstant()));
            ok(referent.post("/api/matches/" + match + "/complete", "{\"actualMinutes\": 60}"), 200);
            awaitOnPage(browser, MISSIONS, page -> page.find("section[aria-labelledby='heures-titre'] .figure strong")
                    .getText().equals("1 h"));
            site.assertSoundPage(browser, MISSIONS);
            assertThat(json(platform.as(RunningPlatform.DemoAccount.COORDINATOR)
                    .get("/api/volunteers/" + volunteerId + "/hours")).get("minutesThisMonth").asInt()).isEqualTo(60);
        } finally {
            platform.realTime();
        }
        site.signOut(browser.use(Viewport.DESKTOP));
    }

    @Test
    void theSameSignUpWorksWithJavaScriptOff() {
        Browser browser = Browser.withoutJavaScript().use(Viewport.PHONE);
        site.signOut(browser);
        String email = "marc.roussel." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";

        signUp(browser, "Marc", "Roussel", email, OTHER_COMMUNE_NAME);

        assertThat(volunteerIdOf(email, "17197")).isNotBlank();
        // the set-password link is emailed as after any sign-up
        assertThat(site.passwordLinkFor(email)).contains("/account/password?token=");
    }

    /** Fills the sign-up form as a resident does, sends it and lands on its confirmation. */
    static void signUp(Browser browser, String firstName, String lastName, String email, String commune) {
        site.open(browser, WebForms.SIGN_UP);
        WebForms.fillSignUp(browser, firstName, lastName, email, "06 12 34 56 78", commune);
        browser.click(WebForms.SUBMIT);
        browser.await(() -> !browser.url().endsWith(WebForms.SIGN_UP) || !browser.findAll("#resume-erreurs").isEmpty());
        assertThat(browser.findAll("#resume-erreurs")).as("errors: %s", browser.text()).isEmpty();
        assertThat(browser.find("h1").getText()).isEqualTo("Merci, votre inscription est enregistrée");
        if (browser.javaScriptEnabled()) {
            site.assertSoundPage(browser, browser.url().substring(site.url("").length()));
        }
    }

    /** The volunteer's id, from the commune's roster (a coordinator's view). */
    static String volunteerIdOf(String email, String commune) {
        RunningPlatform.Client coordinator = platform.as(RunningPlatform.DemoAccount.COORDINATOR);
        return await().atMost(Duration.ofSeconds(15)).until(() -> {
            for (JsonNode entry : json(coordinator.get("/api/volunteers?commune=" + commune + "&size=100"))
                    .get("volunteers")) {
                if (email.equalsIgnoreCase(entry.path("email").asString(""))) {
                    return entry.get("volunteerId").asString();
                }
            }
            return null;
        }, java.util.Objects::nonNull);
    }

    private static void bookOnThePage(Browser browser, String session) {
        site.open(browser, SESSIONS);
        site.assertSoundPage(browser, SESSIONS);
        browser.click("form[action$='/visios/" + session + "/reservation'] button[type=submit]");
        browser.await(() -> browser.url().startsWith(site.url("")));
    }

    private static void acceptOnThePage(Browser browser, String match) {
        browser.click("form[action$='/propositions/" + match + "/accepter'] button[type=submit]");
        browser.await(() -> browser.url().startsWith(site.url("")));
    }

    /** Reloads {@code path} until it shows what is expected (what the API learns reaches the page by events). */
    private static void awaitOnPage(Browser browser, String path, java.util.function.Predicate<Browser> shows) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
            site.open(browser, path);
            return shows.test(browser);
        });
    }

    private static String step(String volunteerId) {
        return json(platform.as(RunningPlatform.DemoAccount.COORDINATOR).get("/api/volunteers/" + volunteerId))
                .get("onboarding").get("step").asString();
    }

    private static String matchStatus(RunningPlatform.Client referent, String need, String match) {
        HttpResponse<String> matches = referent.get("/api/needs/" + need + "/matches");
        if (matches.statusCode() != 200) {
            return null;
        }
        for (JsonNode item : json(matches).has("items") ? json(matches).get("items") : json(matches)) {
            if (match.equals(item.path("matchId").asString(null))) {
                return item.get("status").asString();
            }
        }
        return null;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }
}
