package fr.heurecivique.system;

import fr.heurecivique.browser.Browser;
import fr.heurecivique.browser.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static fr.heurecivique.system.RunningPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The referent's whole job in the browser, against the whole platform: La Rochelle's referent (the demo account)
 * reaches the staff area from the menu, records a beneficiary, posts a need for her with the keyboard only, sees the
 * ranked suggestions with their reasons in French, proposes one with the keyboard; the volunteer (the demo's Claire,
 * of La Rochelle) accepts it on part 1's page; once the mission has started the referent records 60 minutes, and the
 * public figures of La Rochelle (GET /api/stats, which the dashboard shows) go up by one hour. A referent of
 * Rochefort cannot open La Rochelle's pages, nor a need of La Rochelle by its id under Rochefort's address: the
 * French 403 page. Every page on the way passes the same checks as part 1's (axe-core, desktop and phone).
 */
class StaffJourneySystemIT {

    private static final String COMMUNE = "17300";
    private static final String BASE = "/gestion/communes/" + COMMUNE;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static WebSite site;
    private static RunningPlatform platform;

    @BeforeAll
    static void platform() {
        site = WebSite.withDemoData();
        platform = site.platform();
        laRochelleIsAPartnerWithAReferent();
    }

    @Test
    void laRochellesReferentPostsANeedProposesAVolunteerWhoAcceptsAndRecordsAnHourThatTheFiguresCount() {
        Browser browser = Browser.shared().use(Viewport.DESKTOP);
        site.signOut(browser);
        site.signIn(browser, "/gestion", RunningPlatform.DemoAccount.REFERENT_LA_ROCHELLE.email,
                RunningPlatform.DemoAccount.PASSWORD);
        soundInBothViewports(browser, "/gestion");
        // The menu leads there from any page, the home page included.
        site.open(browser, "/");
        browser.click("#site-nav a[href='/gestion']");
        browser.await(() -> browser.url().endsWith("/gestion"));
        browser.click("a[href='" + BASE + "']");
        browser.await(() -> browser.url().endsWith(BASE));
        soundInBothViewports(browser, BASE);

        // The beneficiaries' register: a person recorded through the form.
        String lastName = "Rousseau-" + UUID.randomUUID().toString().substring(0, 6);
        soundInBothViewports(browser, BASE + "/beneficiaires/nouveau");
        browser.type("firstName", "Yvette").type("lastName", lastName).type("phone", "05 46 41 00 02")
                .type("address", "3 rue du Minage");
        browser.click("#consent");
        browser.click("form[action$='/beneficiaires/nouveau'] button[type=submit]");
        browser.await(() -> browser.url().endsWith(BASE + "/beneficiaires"));
        assertThat(browser.text()).contains("Yvette " + lastName + " est enregistré(e)");
        soundInBothViewports(browser, BASE + "/beneficiaires");
        String beneficiaryPath = browser.find("table a[href*='/beneficiaires/']:not([href$='nouveau'])")
                .getDomAttribute("href");
        soundInBothViewports(browser, beneficiaryPath);
        soundInBothViewports(browser, BASE + "/associations");
        soundInBothViewports(browser, BASE + "/benevoles");

        // The need, typed with the keyboard only, for the day after tomorrow in the afternoon.
        LocalDate day = LocalDate.now(PARIS).plusDays(2);
        String title = "Courses rue du Minage " + UUID.randomUUID().toString().substring(0, 4);
        soundInBothViewports(browser, BASE + "/besoins/nouveau");
        browser.use(Viewport.DESKTOP);
        site.open(browser, BASE + "/besoins/nouveau");
        chooseByKeyboard(browser, "recipient", "Yvette " + lastName.charAt(0) + ".");
        typeByKeyboard(browser, "title", title);
        chooseByKeyboard(browser, "kind", "Courses et commissions");
        typeByKeyboard(browser, "description", "Faire les courses au marché avec une habitante.");
        typeByKeyboard(browser, "date", day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        typeByKeyboard(browser, "startTime", "14:00");
        typeByKeyboard(browser, "endTime", "16:00");
        typeByKeyboard(browser, "duration", "60");
        WebElement submit = tabTo(browser, "form[action$='/besoins/nouveau'] button[type=submit]");
        submit.sendKeys(Keys.ENTER);
        browser.await(() -> browser.url().matches(".*/besoins/[^/]+$") && !browser.url().endsWith("nouveau"));
        assertThat(browser.findAll("#resume-erreurs")).as("errors: %s", browser.text()).isEmpty();
        assertThat(browser.text()).contains("Le besoin « " + title + " » est publié");
        String needPath = browser.url().substring(site.url("").length());
        String needId = needPath.substring(needPath.lastIndexOf('/') + 1);

        // The ranked suggestions with their reasons in French; Claire among them once matching has the need.
        String claire = claireId();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
            site.open(browser, needPath);
            return !browser.findAll("form[action$='/propositions'] input[value='" + claire + "']").isEmpty();
        });
        soundInBothViewports(browser, needPath);
        soundInBothViewports(browser, needPath + "/modifier");
        browser.use(Viewport.DESKTOP);
        site.open(browser, needPath);
        WebElement card = browser.find("form[action$='/propositions'] input[value='" + claire + "']")
                .findElement(org.openqa.selenium.By.xpath("ancestor::li[contains(@class,'card')]"));
        assertThat(card.findElements(org.openqa.selenium.By.cssSelector(".reasons li"))).isNotEmpty()
                .allSatisfy(reason -> assertThat(reason.getText()).matches(".*\\p{L}{3,}.*"));
        assertThat(card.getText()).contains("Pourquoi cette suggestion");
        WebElement propose = tabTo(browser, "form[action$='/propositions']:has(input[value='" + claire + "']) "
                + "button[type=submit]");
        assertThat(propose.getText()).startsWith("Proposer à Claire");
        propose.sendKeys(Keys.ENTER);
        browser.await(() -> browser.text().contains("La proposition est envoyée"));
        RunningPlatform.Client referent = platform.as(RunningPlatform.DemoAccount.REFERENT_LA_ROCHELLE);
        String match = await().atMost(Duration.ofSeconds(15)).until(() -> matchOf(referent, needId, claire),
                java.util.Objects::nonNull);

        // Claire accepts on her space's page (part 1).
        site.signOut(browser);
        site.signIn(browser, WebJourneySystemIT.PROPOSALS, RunningPlatform.DemoAccount.CLAIRE.email,
                RunningPlatform.DemoAccount.PASSWORD);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
            site.open(browser, WebJourneySystemIT.PROPOSALS);
            return !browser.findAll("form[action$='/propositions/" + match + "/accepter']").isEmpty();
        });
        browser.click("form[action$='/propositions/" + match + "/accepter'] button[type=submit]");
        browser.await(() -> browser.url().endsWith(WebJourneySystemIT.MISSIONS));
        await().atMost(Duration.ofSeconds(15)).until(() -> statusOf(referent, needId, match), "ACCEPTED"::equals);

        // Once the mission has started, the referent records 60 minutes; La Rochelle's hours go up by one hour.
        int before = laRochelleMinutesThisYear();
        site.signOut(browser);
        site.signIn(browser, needPath, RunningPlatform.DemoAccount.REFERENT_LA_ROCHELLE.email,
                RunningPlatform.DemoAccount.PASSWORD);
        assertThat(browser.text()).contains("Claire M. : acceptée");
        try {
            platform.moveClock(Duration.between(platform.now(), day.atTime(14, 5).atZone(PARIS).toInstant()));
            site.open(browser, needPath);
            browser.type("minutes-" + match, "60");
            browser.click("form[action$='/mises-en-relation/" + match + "/realisee'] button[type=submit]");
            browser.await(() -> browser.text().contains("La mission est enregistrée comme réalisée : 60 minutes"));
            await().atMost(Duration.ofSeconds(30)).until(StaffJourneySystemIT::laRochelleMinutesThisYear,
                    minutes -> minutes == before + 60);
        } finally {
            platform.realTime();
        }
        site.signOut(browser);
    }

    @Test
    void aReferentOfRochefortCannotOpenLaRochellesPagesNorItsNeedByItsIdUnderRochefortsAddress() {
        RunningPlatform.Client laRochelle = platform.as(RunningPlatform.DemoAccount.REFERENT_LA_ROCHELLE);
        String need = anyNeedOfLaRochelle(laRochelle);
        Browser browser = Browser.shared().use(Viewport.DESKTOP);
        site.signOut(browser);
        site.signIn(browser, "/gestion", RunningPlatform.DemoAccount.REFERENT_ROCHEFORT.email,
                RunningPlatform.DemoAccount.PASSWORD);
        assertThat(browser.findAll("a[href='" + BASE + "']")).isEmpty();
        for (String path : new String[] { BASE, BASE + "/beneficiaires", BASE + "/besoins/nouveau",
                BASE + "/besoins/" + need, "/gestion/communes/17299/besoins/" + need }) {
            for (Viewport viewport : Viewport.values()) {
                browser.use(viewport);
                site.open(browser, path);
                assertThat(browser.find("h1").getText()).as(path).isEqualTo("Accès refusé");
                assertThat(browser.text()).as(path).doesNotContain("Exception");
                site.assertSoundPage(browser, path);
            }
        }
        assertThat(browser.text()).contains("Revenir à la gestion");
        site.signOut(browser.use(Viewport.DESKTOP));
    }

    /** Opens {@code path} in each viewport and checks it as part 1's pages are (axe-core included). */
    private static void soundInBothViewports(Browser browser, String path) {
        for (Viewport viewport : Viewport.values()) {
            browser.use(viewport);
            site.open(browser, path);
            site.assertSoundPage(browser, path);
        }
        browser.use(Viewport.DESKTOP);
    }

    /** Presses Tab until {@code selector} has the focus (a keyboard user's way there), and returns it. */
    private static WebElement tabTo(Browser browser, String selector) {
        WebElement target = browser.find(selector);
        Actions keyboard = new Actions(browser.driver());
        for (int i = 0; i < 200; i++) {
            if (target.equals(browser.driver().switchTo().activeElement())) {
                return target;
            }
            keyboard.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    private static void typeByKeyboard(Browser browser, String id, String text) {
        WebElement field = tabTo(browser, "#" + id);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /** Moves a list's choice with the arrow keys until {@code label} is chosen. */
    private static void chooseByKeyboard(Browser browser, String id, String labelStart) {
        WebElement select = tabTo(browser, "#" + id);
        for (int i = 0; i < 60; i++) {
            Object chosen = browser.driver().executeScript(
                    "var s = arguments[0]; return s.options[s.selectedIndex].text;", select);
            if (String.valueOf(chosen).startsWith(labelStart)) {
                return;
            }
            select.sendKeys(Keys.ARROW_DOWN);
        }
        throw new AssertionError("No choice " + labelStart + " in #" + id);
    }

    /** La Rochelle becomes a partner commune with a referent, unless another test made it one already. */
    private static void laRochelleIsAPartnerWithAReferent() {
        RunningPlatform.Client coordinator = platform.as(RunningPlatform.DemoAccount.COORDINATOR);
        JsonNode commune = json(coordinator.get("/api/communes/" + COMMUNE));
        if (!"PARTNER".equals(commune.path("partnershipStatus").asString(""))) {
            if ("NONE".equals(commune.path("partnershipStatus").asString("NONE"))) {
                RunningPlatform.expect(platform.post("/api/communes/" + COMMUNE + "/partnership-requests", """
                        {"firstName": "Léa", "lastName": "Fontaine", "role": "Chargée de mission",
                         "email": "citoyennete.staff@exemple.fr", "phone": "05 46 51 51 51"}"""), 201);
            }
            coordinator.post("/api/communes/" + COMMUNE + "/partnership/contact-call",
                    "{\"recordedBy\": \"Sophie Bernard\"}");
            LocalDate today = LocalDate.now(PARIS);
            coordinator.post("/api/communes/" + COMMUNE + "/partnership/activation", """
                    {"recordedBy": "Sophie Bernard", "charterSignedOn": "%s", "communicationKitSentOn": "%s"}
                    """.formatted(today.minusDays(1), today));
        }
        if (RunningPlatform.elements(coordinator.get("/api/communes/" + COMMUNE + "/referents")).isEmpty()) {
            RunningPlatform.expect(coordinator.post("/api/communes/" + COMMUNE + "/referents", """
                    {"firstName": "Inès", "lastName": "Garnier", "email": "ines.garnier.%s@exemple.fr",
                     "phone": "06 70 11 22 44", "role": "Agente du CCAS"}""".formatted(
                    UUID.randomUUID().toString().substring(0, 6))), 201);
        }
    }

    private static String claireId() {
        RunningPlatform.Client coordinator = platform.as(RunningPlatform.DemoAccount.COORDINATOR);
        for (JsonNode entry : json(coordinator.get("/api/volunteers?commune=" + COMMUNE + "&size=100"))
                .get("volunteers")) {
            if (RunningPlatform.DemoAccount.CLAIRE.email.equalsIgnoreCase(entry.path("email").asString(""))) {
                return entry.get("volunteerId").asString();
            }
        }
        throw new AssertionError("the demo's Claire is not in La Rochelle's roster");
    }

    private static int laRochelleMinutesThisYear() {
        for (JsonNode commune : json(platform.get("/api/stats")).path("communes")) {
            if (COMMUNE.equals(commune.path("code").asString(null))) {
                return commune.path("minutesThisYear").asInt();
            }
        }
        return 0;
    }

    private static String matchOf(RunningPlatform.Client referent, String need, String volunteer) {
        for (JsonNode item : RunningPlatform.elements(referent.get("/api/needs/" + need + "/matches"))) {
            if (volunteer.equals(item.path("volunteerId").asString(null))) {
                return item.get("matchId").asString();
            }
        }
        return null;
    }

    private static String statusOf(RunningPlatform.Client referent, String need, String match) {
        for (JsonNode item : RunningPlatform.elements(referent.get("/api/needs/" + need + "/matches"))) {
            if (match.equals(item.path("matchId").asString(null))) {
                return item.get("status").asString();
            }
        }
        return null;
    }

    /** A need of La Rochelle (one is posted through the API when the other test has not run yet). */
    private static String anyNeedOfLaRochelle(RunningPlatform.Client referent) {
        HttpResponse<String> needs = referent.get("/api/needs?commune=" + COMMUNE);
        for (JsonNode need : json(needs).path("items")) {
            return need.get("id").asString();
        }
        RunningPlatform.Client coordinator = platform.as(RunningPlatform.DemoAccount.COORDINATOR);
        String referentId = RunningPlatform.elements(coordinator.get("/api/communes/" + COMMUNE + "/referents"))
                .get(0).get("id").asString();
        String beneficiary = json(RunningPlatform.expect(referent.post("/api/communes/" + COMMUNE
                + "/beneficiaries", """
                {"referentId": "%s", "firstName": "Paul", "lastName": "Brun", "preferredContact": "THROUGH_REFERENT",
                 "consentToBeContacted": false}""".formatted(referentId)), 201)).get("id").asString();
        return json(RunningPlatform.expect(referent.post("/api/communes/" + COMMUNE + "/needs", """
                {"referentId": "%s", "beneficiaryId": "%s", "title": "Visite", "kind": "VISITS",
                 "description": "Une heure de conversation.",
                 "when": {"date": "%s", "startTime": "15:00", "endTime": "16:00"}, "durationMinutes": 60}
                """.formatted(referentId, beneficiary, LocalDate.now(PARIS).plusDays(5))), 201)).get("id")
                .asString();
    }
}
