package fr.heurecivique.system;

import fr.heurecivique.browser.Accessibility;
import fr.heurecivique.browser.Browser;
import fr.heurecivique.browser.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static fr.heurecivique.system.RunningPlatform.elements;
import static fr.heurecivique.system.RunningPlatform.expect;
import static fr.heurecivique.system.RunningPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The staff's desk in the browser against the whole platform (issue 13 items 2 and 5): the demo coordinator takes a
 * commune's partnership request through the contact call and the activation, appoints its referent, marks a
 * volunteer present at a video session, finds them in the search, schedules their interview and records their
 * perimeter; the demo admin creates a staff account and disables it, and finds the coordinator's access in the audit
 * log; a coordinator cannot open the administrator's pages (the French 403 page). Every page on the way passes the
 * same checks as the resident's pages (axe-core WCAG 2.1 A/AA, one h1, French, no horizontal scrolling, nothing from
 * elsewhere), on a desktop and a phone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffDeskSystemIT {

    /** Périgny: made a partner commune by this test only. */
    private static final String COMMUNE = "17274";
    private static final String COMMUNE_NAME = "Périgny";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static WebSite site;
    private static RunningPlatform platform;
    private static String volunteerId;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.get();
        site = new WebSite(platform);
    }

    @Test
    @Order(1)
    void theCoordinatorTakesARequestThroughTheCallAndTheActivationAndAppointsAReferent() {
        expect(platform.post("/api/communes/" + COMMUNE + "/partnership-requests", """
                {"firstName": "Léa", "lastName": "Fontaine", "role": "Chargée de mission",
                 "email": "mairie.perigny@exemple.fr", "phone": "05 46 51 51 51",
                 "message": "Nous aimerions rejoindre L’Heure Civique."}
                """), 201);
        Browser browser = Browser.shared().use(Viewport.DESKTOP);
        site.signOut(browser);
        site.signIn(browser, "/gestion/coordination", RunningPlatform.DemoAccount.COORDINATOR.email,
                RunningPlatform.DemoAccount.PASSWORD);
        checkBothViewports(browser, "/gestion/coordination");
        checkBothViewports(browser, "/gestion/coordination/partenariats");
        assertThat(browser.text()).contains(COMMUNE_NAME);
        browser.click("a[href$='/gestion/coordination/partenariats/" + COMMUNE + "']");
        browser.await(() -> browser.find("h1").getText().equals("Partenariat de " + COMMUNE_NAME));
        checkBothViewports(browser, "/gestion/coordination/partenariats/" + COMMUNE);
        assertThat(browser.text()).contains("Nous aimerions rejoindre L’Heure Civique.");

        // The contact call.
        browser.type("recordedBy", "Sophie Bernard").type("note", "Appel au maire, très intéressé");
        submit(browser, "/appel");
        assertThat(browser.find("[role=status]").getText()).contains("L’appel à la commune est enregistré.");

        // The activation: its dates are required; then with them.
        submit(browser, "/activation");
        assertThat(site.errorSummary(browser)).contains(
                "Indiquez la date de signature de la charte, par exemple 15/12/2026.");
        site.assertSoundPage(browser, "/gestion/coordination/partenariats/" + COMMUNE + " (activation with errors)");
        LocalDate today = LocalDate.now(PARIS);
        setValue(browser, "charterSignedOn", today.minusDays(1).toString());
        setValue(browser, "communicationKitSentOn", today.toString());
        submit(browser, "/activation");
        assertThat(browser.find("[role=status]").getText()).contains("La commune est partenaire");
        JsonNode partnership = json(expect(platform.as(RunningPlatform.DemoAccount.COORDINATOR)
                .get("/api/communes/" + COMMUNE + "/partnership"), 200));
        assertThat(partnership.get("status").asString()).isEqualTo("PARTNER");
        assertThat(partnership.get("charterSignedOn").asString()).isEqualTo(today.minusDays(1).toString());

        // The referent.
        String email = "referente.perigny." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        browser.type("firstName", "Nadia").type("lastName", "Lambert").type("email", email)
                .type("phone", "06 70 11 22 33").type("role", "Agente du CCAS");
        submit(browser, "/referents");
        assertThat(browser.find("[role=status]").getText()).contains("Nadia Lambert est nommé");
        assertThat(browser.text()).contains("Retirer Nadia Lambert");
        site.assertSoundPage(browser, "/gestion/coordination/partenariats/" + COMMUNE + " (partner)");
        assertThat(elements(expect(platform.as(RunningPlatform.DemoAccount.COORDINATOR)
                .get("/api/communes/" + COMMUNE + "/referents"), 200)))
                .anySatisfy(referent -> assertThat(referent.get("email").asString()).isEqualTo(email));
    }

    @Test
    @Order(2)
    void theCoordinatorMarksAttendanceSchedulesTheInterviewAndRecordsThePerimeter() {
        String email = "paul.girard." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        volunteerId = json(expect(platform.post("/api/volunteers", """
                {"firstName": "Paul", "lastName": "Girard", "email": "%s", "phone": "06 12 34 56 78",
                 "communeInsee": "%s", "partnerCode": "MUTUALIA",
                 "consents": {"dataProcessing": true, "email": true, "sms": false, "shareWithCommune": true}}
                """.formatted(email, COMMUNE)), 201)).get("id").asString();
        RunningPlatform.Client coordinator = platform.as(RunningPlatform.DemoAccount.COORDINATOR);
        String session = json(expect(coordinator.post("/api/sessions", """
                {"title": "Visio de présentation de Périgny", "startsAt": "%s", "durationMinutes": 60,
                 "videoLink": "https://visio.exemple.fr/perigny", "capacity": 8}
                """.formatted(platform.now().plusSeconds(6))), 201)).get("id").asString();
        expect(coordinator.post("/api/sessions/" + session + "/bookings",
                "{\"volunteerId\": \"" + volunteerId + "\"}"), 200);

        Browser browser = Browser.shared().use(Viewport.DESKTOP);
        checkBothViewports(browser, "/gestion/coordination/visios");
        // Once the session has started, the coordinator marks him present on the session's page.
        await().atMost(Duration.ofSeconds(30)).until(() -> platform.now().isAfter(java.time.Instant.parse(
                json(coordinator.get("/api/sessions/" + session)).get("startsAt").asString())));
        site.open(browser, "/gestion/coordination/visios/" + session);
        checkBothViewports(browser, "/gestion/coordination/visios/" + session);
        submit(browser, "/visios/" + session + "/presence");
        assertThat(browser.find("[role=status]").getText()).contains("La présence est enregistrée");

        // He is found by commune, step and partner; his page offers the interview.
        String search = "/gestion/coordination/benevoles?statut=REGISTERED&commune=" + COMMUNE_NAME
                + "&etape=SESSION_ATTENDED&partenaire=MUTUALIA";
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() -> {
            site.open(browser, search);
            return browser.text().contains("Paul Girard");
        });
        checkBothViewports(browser, search);
        browser.click("a[href$='/gestion/coordination/benevoles/" + volunteerId + "']");
        browser.await(() -> browser.find("h1").getText().equals("Paul Girard"));
        checkBothViewports(browser, "/gestion/coordination/benevoles/" + volunteerId);

        LocalDate inThreeDays = LocalDate.now(PARIS).plusDays(3);
        setValue(browser, "interviewDate", inThreeDays.toString());
        setValue(browser, "interviewTime", "10:00");
        submit(browser, "/entretien-rdv");
        assertThat(browser.find("[role=status]").getText()).contains("L’entretien téléphonique est prévu le");
        assertThat(step(coordinator)).isEqualTo("INTERVIEW_SCHEDULED");

        // The perimeter: nothing ticked is refused; then the interview's outcome.
        browser.type("maxDistanceKm", "8");
        submit(browser, "/entretien");
        assertThat(site.errorSummary(browser)).contains("Cochez au moins une façon d’aider.",
                "Cochez au moins un type d’aide.");
        site.assertSoundPage(browser, "/gestion/coordination/benevoles/" + volunteerId + " (perimeter with errors)");
        browser.click("input[name=modes][value=INDIVIDUAL]").click("input[name=kindsOfHelp][value=SHOPPING]")
                .click("input[name=kindsOfHelp][value=DIGITAL]").click("#availability-TUESDAY-AFTERNOON")
                .click("#availability-SATURDAY-MORNING");
        browser.type("maxDistanceKm", "8").type("monthlyPledgeHours", "3");
        submit(browser, "/entretien");
        assertThat(browser.find("[role=status]").getText()).contains("le périmètre d’action sont enregistrés");
        JsonNode volunteer = json(coordinator.get("/api/volunteers/" + volunteerId));
        assertThat(volunteer.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(volunteer.get("perimeter").get("maxDistanceKm").asInt()).isEqualTo(8);
        assertThat(volunteer.get("perimeter").get("monthlyPledgeHours").asInt()).isEqualTo(3);
        assertThat(volunteer.get("perimeter").get("kindsOfHelp").toString()).contains("SHOPPING", "DIGITAL");
    }

    @Test
    @Order(3)
    void aCoordinatorCannotOpenTheAdministratorsPages() {
        Browser browser = Browser.shared().use(Viewport.DESKTOP);
        for (String path : new String[] { "/gestion/administration", "/gestion/administration/comptes",
                "/gestion/administration/journal" }) {
            for (Viewport viewport : Viewport.values()) {
                site.open(browser.use(viewport), path);
                assertThat(browser.find("h1").getText()).as(path).isEqualTo("Accès réservé");
                assertThat(browser.text()).contains("Cette page est réservée à l’administration du Département.");
                Accessibility.assertNoViolations(browser);
            }
        }
        browser.use(Viewport.DESKTOP);
        site.signOut(browser);
    }

    @Test
    @Order(4)
    void theAdminCreatesAStaffAccountDisablesItAndFindsTheCoordinatorsAccessInTheAuditLog() {
        Browser browser = Browser.shared().use(Viewport.DESKTOP);
        site.signOut(browser);
        site.signIn(browser, "/gestion/administration", RunningPlatform.DemoAccount.ADMIN.email,
                RunningPlatform.DemoAccount.PASSWORD);
        checkBothViewports(browser, "/gestion/administration");
        checkBothViewports(browser, "/gestion/administration/comptes/nouveau");

        String email = "agent.perigny." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        browser.type("email", email).type("displayName", "Marie Dupont (mairie de Périgny)")
                .type("communeNames", COMMUNE_NAME);
        browser.click("input[name=roles][value=REFERENT]");
        browser.click("form[action$='/gestion/administration/comptes'] button[type=submit]");
        browser.await(() -> browser.url().contains("/gestion/administration/comptes")
                && !browser.url().endsWith("/nouveau"));
        assertThat(browser.find("[role=status]").getText()).contains("Le compte de Marie Dupont (mairie de Périgny) "
                + "est créé");
        JsonNode account = accountOf(email);
        assertThat(account.get("roles").toString()).contains("REFERENT");
        assertThat(account.get("communes").toString()).contains(COMMUNE);

        String list = "/gestion/administration/comptes?q=" + email;
        site.open(browser, list);
        checkBothViewports(browser, list);
        submit(browser, "/comptes/" + account.get("id").asString() + "/desactivation");
        assertThat(browser.find("[role=status]").getText()).contains("est désactivé");
        assertThat(accountOf(email).get("enabled").asBoolean()).isFalse();

        // The coordinator's reading of Paul's record (and the search) reached the audit log through audit.events.
        String audit = "/gestion/administration/journal?acteur=" + RunningPlatform.DemoAccount.COORDINATOR.email;
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            site.open(browser, audit);
            return browser.text().contains("Recherche de bénévoles")
                    && browser.text().contains("Fiche d’un ou une bénévole consultée")
                    && browser.text().contains(volunteerId);
        });
        checkBothViewports(browser, audit);
        String byCommune = "/gestion/administration/journal?ressource=" + COMMUNE_NAME;
        site.open(browser, byCommune);
        assertThat(browser.text()).contains("Recherche de bénévoles", RunningPlatform.DemoAccount.COORDINATOR.email);
        site.signOut(browser);
    }

    private static JsonNode accountOf(String email) {
        return elements(expect(platform.as(RunningPlatform.DemoAccount.ADMIN).get("/api/accounts?q=" + email), 200))
                .stream().filter(account -> account.get("email").asString().equals(email)).findFirst().orElseThrow();
    }

    private static String step(RunningPlatform.Client coordinator) {
        return json(coordinator.get("/api/volunteers/" + volunteerId)).get("onboarding").get("step").asString();
    }

    /** Sends the form whose action ends with {@code actionEnd} and waits for the next page. */
    private static void submit(Browser browser, String actionEnd) {
        browser.driver().executeScript("document.documentElement.setAttribute('data-loaded', 'old')");
        browser.click("form[action$='" + actionEnd + "'] button[type=submit]");
        browser.await(() -> !"old".equals(browser.find("html").getAttribute("data-loaded")));
    }

    /** A date or time field's value, set as its picker would (typing into one depends on the browser's locale). */
    private static void setValue(Browser browser, String id, String value) {
        browser.driver().executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    /** The page at {@code path} passes every page's checks on a desktop and on a phone; the browser ends on desktop. */
    private static void checkBothViewports(Browser browser, String path) {
        for (Viewport viewport : Viewport.values()) {
            site.open(browser.use(viewport), path);
            site.assertSoundPage(browser, path);
        }
        browser.use(Viewport.DESKTOP);
    }
}
