package fr.heurecivique.system;

import fr.heurecivique.browser.Browser;
import fr.heurecivique.browser.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 items 3 and 4 against the whole platform, in real headless Chromium: a coordinator imports a CSV of
 * volunteers (Windows-1252, commas) with good lines and bad ones (unknown commune, malformed phone, duplicate email),
 * checked first, imported, then imported again — the report and its counts are exact each time, and the volunteers
 * are there once; a CSV of partner communes makes Archiac a partner, which the dashboard's map shows; the dashboard's
 * figures are the API's; every page added passes the axe checks (desktop and phone). Communes no other system test
 * uses: Angoulins 17010, Arces 17015, Archiac 17016, Archingeay 17017.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffDataSystemIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String HELENE = "helene.staffdata." + RUN + "@exemple.fr";
    private static final String EMILE = "emile.staffdata." + RUN + "@exemple.fr";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static WebSite site;
    private static Path volunteers;
    private static Path communes;

    @BeforeAll
    static void platformAndFiles() throws Exception {
        site = WebSite.withDemoData();
        volunteers = Files.createTempFile("benevoles-", ".csv");
        Files.write(volunteers, ("Prénom,Nom,E-mail,Téléphone,Code INSEE,Contact par e-mail,Remarques\r\n"
                + "Hélène,Dupré," + HELENE + ",06 12 34 56 78,17010,oui,\r\n"
                + "Émile,Bâtard," + EMILE + ",06 98 76 54 32,17015,non,\"à rappeler, le soir\"\r\n"
                + "Chloé,Nulpart,chloe.staffdata." + RUN + "@exemple.fr,06 12 34 56 78,99999,oui,\r\n"
                + "Bruno,Faux,bruno.staffdata." + RUN + "@exemple.fr,12 34,17010,oui,\r\n"
                + "Hélène,Dupré," + HELENE.toUpperCase(Locale.ROOT) + ",06 12 34 56 78,17010,oui,\r\n")
                .getBytes(Charset.forName("windows-1252")));
        communes = Files.createTempFile("communes-", ".csv");
        Files.writeString(communes, "\uFEFFCode INSEE;Commune;Prénom du contact;Nom du contact;Fonction du contact;"
                + "E-mail du contact;Téléphone du contact;Date de signature de la charte\n"
                + "17016;Archiac;Anne;Morel;Secrétaire de mairie;mairie.archiac." + RUN + "@exemple.fr;05 46 49 10 10;"
                + "15/01/2026\n"
                + "17017;Archingeay;Paul;Roy;Maire;mairie.archingeay." + RUN + "@exemple.fr;pas de téléphone;"
                + "15/01/2026\n", StandardCharsets.UTF_8);
    }

    /** Uploads {@code file} as a coordinator on /gestion/import and returns the report's counts. */
    private static int[] upload(Browser browser, Path file, String kind, String mode) {
        site.open(browser, "/gestion/import");
        browser.click("input[name=kind][value=" + kind + "]");
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        if ("VOLUNTEERS".equals(kind)) {
            browser.click("#consent");
        }
        browser.click("button[name=mode][value=" + mode + "]");
        browser.await(() -> browser.url().endsWith("/gestion/import/rapport"));
        return new int[] { count(browser, "count-lines"), count(browser, "count-created"),
                count(browser, "count-present"), count(browser, "count-invalid") };
    }

    private static int count(Browser browser, String id) {
        return Integer.parseInt(browser.find("#" + id).getText().strip());
    }

    private static List<String> reportLines(Browser browser) {
        List<String> lines = new ArrayList<>();
        browser.findAll("#import-lines tbody tr").forEach(row -> lines.add(row.getText().replaceAll("\\s+", " ")));
        return lines;
    }

    @Test
    @Order(1)
    void aCoordinatorChecksThenImportsVolunteersAndASecondRunCreatesNothing() throws Exception {
        Browser browser = Browser.shared().use(Viewport.DESKTOP);
        site.signOut(browser);
        site.signIn(browser, "/gestion/import", RunningPlatform.DemoAccount.COORDINATOR.email,
                RunningPlatform.DemoAccount.PASSWORD);
        site.assertSoundPage(browser, "/gestion/import");

        assertThat(upload(browser, volunteers, "VOLUNTEERS", "essai")).containsExactly(5, 2, 0, 3);
        site.assertSoundPage(browser, "/gestion/import/rapport");
        assertThat(browser.find("h1").getText()).isEqualTo("Vérification du fichier");
        assertThat(browser.text()).contains("Windows-1252", "virgule", "Colonnes ignorées : Remarques");
        assertThat(reportLines(browser)).containsExactly(
                "4 chloe.staffdata." + RUN + "@exemple.fr erreur Code INSEE : doit être le code INSEE d’une commune "
                        + "de Charente-Maritime, par exemple 17300 pour La Rochelle",
                "5 bruno.staffdata." + RUN + "@exemple.fr erreur Téléphone : doit être un numéro de téléphone mobile "
                        + "valide, par exemple 06 12 34 56 78",
                "6 " + HELENE + " erreur E-mail : en double, figure déjà à la ligne 2");
        RunningPlatform.Client coordinator = site.platform().as(RunningPlatform.DemoAccount.COORDINATOR);
        assertThat(volunteersWith(coordinator, "17010", HELENE)).isZero();

        assertThat(upload(browser, volunteers, "VOLUNTEERS", "import")).containsExactly(5, 2, 0, 3);
        assertThat(browser.find("h1").getText()).isEqualTo("Rapport d’import");
        assertThat(volunteersWith(coordinator, "17010", HELENE)).isOne();
        assertThat(volunteersWith(coordinator, "17015", EMILE)).isOne();

        assertThat(upload(browser, volunteers, "VOLUNTEERS", "import")).containsExactly(5, 0, 2, 3);
        assertThat(reportLines(browser)).containsExactly(
                "2 " + HELENE + " déjà présent",
                "3 " + EMILE + " déjà présent",
                "4 chloe.staffdata." + RUN + "@exemple.fr erreur Code INSEE : doit être le code INSEE d’une commune "
                        + "de Charente-Maritime, par exemple 17300 pour La Rochelle",
                "5 bruno.staffdata." + RUN + "@exemple.fr erreur Téléphone : doit être un numéro de téléphone mobile "
                        + "valide, par exemple 06 12 34 56 78",
                "6 " + HELENE + " erreur E-mail : en double, figure déjà à la ligne 2");
        assertThat(volunteersWith(coordinator, "17010", HELENE)).isOne();
        // The imported volunteer got their set-password link, as after a sign-up (their account, from the event).
        assertThat(site.passwordLinkFor(HELENE)).contains("/account/password?token=");
    }

    /** How many volunteers the commune's roster holds (no other test signs anyone up there). */
    private static long volunteersWith(RunningPlatform.Client coordinator, String commune, String email)
            throws Exception {
        JsonNode roster = JSON.readTree(RunningPlatform.expect(coordinator.get("/api/volunteers?commune=" + commune),
                200).body());
        return roster.path("totalElements").asLong();
    }

    @Test
    @Order(2)
    void partnerCommunesAreImportedAndTheDashboardShowsThemWithTheApisFigures() throws Exception {
        Browser browser = Browser.shared().use(Viewport.DESKTOP);
        assertThat(upload(browser, communes, "COMMUNES", "import")).containsExactly(2, 1, 0, 1);
        assertThat(reportLines(browser)).singleElement().asString().startsWith("3 17017 erreur Téléphone du contact : ");
        assertThat(upload(browser, communes, "COMMUNES", "import")).containsExactly(2, 0, 1, 1);

        site.open(browser, "/tableau-de-bord");
        site.assertSoundPage(browser, "/tableau-de-bord");
        assertThat(browser.find("#carte-tableau tr[data-commune='17016']").getText()).contains("Archiac", "partenaire");
        JsonNode stats = JSON.readTree(RunningPlatform.expect(site.platform().get("/api/stats"), 200).body());
        JsonNode communeFigures = JSON.readTree(RunningPlatform.expect(site.platform().get("/api/communes/figures"),
                200).body());
        NumberFormat hours = NumberFormat.getNumberInstance(Locale.FRANCE);
        hours.setMaximumFractionDigits(1);
        assertThat(browser.find("#chiffre-heures-annee").getText())
                .isEqualTo(hours.format(stats.path("departement").path("minutesThisYear").asLong() / 60.0) + " h");
        assertThat(browser.find("#chiffre-communes").getText())
                .isEqualTo(NumberFormat.getIntegerInstance(Locale.FRANCE).format(
                        communeFigures.path("partnerCommunes").asLong()));
        // Signed in as a coordinator: the detailed figures, e.g. the funnel's sign-ups are the API's.
        JsonNode volunteerFigures = JSON.readTree(RunningPlatform.expect(site.platform()
                .get("/api/volunteers/figures"), 200).body());
        assertThat(browser.find("#parcours-tableau").getText()).contains("Inscrits " + NumberFormat
                .getIntegerInstance(Locale.FRANCE).format(volunteerFigures.path("funnel").path("SIGNED_UP").asLong()));
        assertThat(browser.findAll("svg.map-svg circle, svg.map-svg rect")).hasSize(462);

        site.signOut(browser);
        site.open(browser, "/tableau-de-bord");
        site.assertSoundPage(browser, "/tableau-de-bord");
        assertThat(browser.findAll("#parcours-tableau")).isEmpty();
        assertThat(browser.text()).doesNotContain("Chiffres détaillés", "Heures données par mois");
    }

    @TestFactory
    @Order(3)
    List<DynamicTest> thePagesAddedPassTheChecksOnAPhoneToo() {
        Browser browser = Browser.shared();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("phone: the dashboard signed out", () -> {
            site.signOut(browser.use(Viewport.PHONE));
            site.open(browser, "/tableau-de-bord");
            site.assertSoundPage(browser, "/tableau-de-bord");
        }));
        tests.add(DynamicTest.dynamicTest("phone: the import, its report and the dashboard as a coordinator", () -> {
            site.signIn(browser.use(Viewport.PHONE), "/gestion/import",
                    RunningPlatform.DemoAccount.COORDINATOR.email, RunningPlatform.DemoAccount.PASSWORD);
            site.assertSoundPage(browser, "/gestion/import");
            assertThat(upload(browser, volunteers, "VOLUNTEERS", "essai")).containsExactly(5, 0, 2, 3);
            site.assertSoundPage(browser, "/gestion/import/rapport");
            site.open(browser, "/tableau-de-bord");
            site.assertSoundPage(browser, "/tableau-de-bord");
            assertThat(browser.findAll("#parcours-tableau")).hasSize(1);
        }));
        tests.add(DynamicTest.dynamicTest("desktop: a form without its choices comes back with its errors", () -> {
            site.open(browser.use(Viewport.DESKTOP), "/gestion/import");
            browser.click("button[name=mode][value=essai]");
            browser.await(() -> !browser.findAll("#resume-erreurs").isEmpty());
            assertThat(site.errorSummary(browser)).containsExactly(
                    "Choisissez ce que contient le fichier : des bénévoles ou des communes partenaires",
                    "Choisissez le fichier CSV à importer");
            site.assertSoundPage(browser, "/gestion/import");
            site.signOut(browser);
        }));
        tests.add(DynamicTest.dynamicTest("signed out, the import sends to sign in; a volunteer is refused", () -> {
            var answer = site.platform().get("/gestion/import");
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).contains("/oauth2/authorization/");
            site.signIn(browser.use(Viewport.DESKTOP), "/mon-espace", RunningPlatform.DemoAccount.CLAIRE.email,
                    RunningPlatform.DemoAccount.PASSWORD);
            site.open(browser, "/gestion/import");
            assertThat(browser.find("h1").getText()).isEqualTo("Action refusée");
            assertThat(browser.findAll("input[type=file]")).isEmpty();
            site.signOut(browser);
        }));
        return tests;
    }
}
