package fr.heurecivique.system;

import fr.heurecivique.browser.Browser;
import fr.heurecivique.browser.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static fr.heurecivique.system.RunningPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input through the sign-up and partnership forms, in the browser: the error summary at the top (focused, its
 * links leading to the fields), each field's message tied to it, what was typed kept, nothing created (checked on the
 * API); and a form posted without its CSRF token is refused. The browser's own constraint validation is switched off
 * on the form first ({@code novalidate}), as an older browser would: the server is the authority.
 */
class WebFormsSystemIT {

    /** Aytré: not a partner commune, in no other test (MiseEnRelationSystemIT makes Marennes one). */
    private static final String NOT_A_PARTNER = "17028";

    private static WebSite site;
    private static RunningPlatform platform;

    @BeforeAll
    static void platform() {
        site = WebSite.withDemoData();
        platform = site.platform();
    }

    @Test
    void anEmptySignUpIsSentBackWithASummaryLinkingToEachField() {
        Browser browser = Browser.shared().use(Viewport.PHONE);
        site.open(browser, WebForms.SIGN_UP);
        submitWithoutBrowserValidation(browser);

        List<String> errors = site.errorSummary(browser);
        assertThat(errors).hasSizeGreaterThanOrEqualTo(5);
        assertThat(browser.driver().getTitle()).startsWith("Erreur");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).as("focus on the summary")
                .isEqualTo("resume-erreurs");
        for (String field : List.of(WebForms.FIRST_NAME, WebForms.LAST_NAME, WebForms.EMAIL, WebForms.PHONE,
                WebForms.COMMUNE)) {
            assertTiedError(browser, field);
        }
        site.assertSoundPage(browser, WebForms.SIGN_UP);
    }

    @Test
    void aMalformedTooLongOrUnknownEntryKeepsWhatWasTypedAndCreatesNothing() {
        Browser browser = Browser.shared().use(Viewport.DESKTOP);
        String email = "jeanne.petit." + UUID.randomUUID().toString().substring(0, 8);
        String tooLong = "Marie-" + "x".repeat(120);
        site.open(browser, WebForms.SIGN_UP);
        allowTooLongInput(browser);
        WebForms.fillSignUp(browser, tooLong, "Petit", email + "@", "06 12 34 56 78", "Paris");
        submitWithoutBrowserValidation(browser);

        assertThat(site.errorSummary(browser)).hasSize(3);
        assertTiedError(browser, WebForms.FIRST_NAME);
        assertTiedError(browser, WebForms.EMAIL);
        assertTiedError(browser, WebForms.COMMUNE);
        // what was typed is kept, the consents too
        assertThat(value(browser, WebForms.FIRST_NAME)).isEqualTo(tooLong);
        assertThat(value(browser, WebForms.LAST_NAME)).isEqualTo("Petit");
        assertThat(value(browser, WebForms.EMAIL)).isEqualTo(email + "@");
        assertThat(value(browser, WebForms.PHONE)).isEqualTo("06 12 34 56 78");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id(WebForms.CONSENT_DATA)).isSelected())
                .isTrue();
        site.screenshot(browser, "signup-errors");
        site.assertSoundPage(browser, WebForms.SIGN_UP);
        assertNoAccountFor(email);
    }

    @Test
    void aPartnershipRequestWithBadInputIsSentBackAndCreatesNothing() {
        Browser browser = Browser.shared().use(Viewport.PHONE);
        site.open(browser, WebForms.communePage(NOT_A_PARTNER));
        browser.type(WebForms.PARTNERSHIP_FIRST_NAME, "Paul");
        browser.type(WebForms.PARTNERSHIP_EMAIL, "mairie@marennes");
        submitWithoutBrowserValidation(browser);

        assertThat(site.errorSummary(browser)).hasSizeGreaterThanOrEqualTo(2);
        assertTiedError(browser, WebForms.PARTNERSHIP_EMAIL);
        assertThat(value(browser, WebForms.PARTNERSHIP_FIRST_NAME)).isEqualTo("Paul");
        assertThat(value(browser, WebForms.PARTNERSHIP_EMAIL)).isEqualTo("mairie@marennes");
        site.assertSoundPage(browser, WebForms.communePage(NOT_A_PARTNER));
        HttpResponse<String> partnership = platform.as(RunningPlatform.DemoAccount.COORDINATOR)
                .get("/api/communes/" + NOT_A_PARTNER + "/partnership");
        assertThat(partnership.body()).doesNotContain("mairie@marennes");
        assertThat(partnership.statusCode() == 404 || !json(partnership).path("status").asString("")
                .equals("REQUESTED")).as(partnership.body()).isTrue();
    }

    @Test
    void aSignUpPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        // a client with the form's cookies (as a forged cross-site post would carry them), but no _csrf field
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(site.url(WebForms.SIGN_UP))).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"_csrf\"");
        String email = "sans.jeton." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        String body = WebForms.FIRST_NAME + "=Jean&" + WebForms.LAST_NAME + "=Sansjeton&" + WebForms.EMAIL + "="
                + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8) + "&" + WebForms.PHONE
                + "=0612345678&" + WebForms.COMMUNE + "=Jonzac&" + WebForms.CONSENT_DATA + "=true";

        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(site.url(WebForms.SIGN_UP)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertNoAccountFor(email);
    }

    private static void submitWithoutBrowserValidation(Browser browser) {
        WebElement form = browser.find(WebForms.SUBMIT).findElement(org.openqa.selenium.By.xpath("ancestor::form"));
        browser.driver().executeScript("arguments[0].noValidate = true;", form);
        String before = browser.url();
        browser.find(WebForms.SUBMIT).click();
        browser.await(() -> !browser.findAll("#resume-erreurs").isEmpty() || !browser.url().equals(before));
    }

    /** Lets a field take more than its {@code maxlength}, as a client that ignores it would send. */
    private static void allowTooLongInput(Browser browser) {
        browser.driver().executeScript("document.querySelectorAll('[maxlength]')"
                + ".forEach(function (field) { field.removeAttribute('maxlength'); });");
    }

    /** The field is marked invalid and its message is tied to it ({@code aria-describedby}), and says why. */
    private static void assertTiedError(Browser browser, String id) {
        WebElement field = browser.driver().findElement(org.openqa.selenium.By.id(id));
        assertThat(field.getAttribute("aria-invalid")).as("#" + id + " aria-invalid").isEqualTo("true");
        assertThat(field.getAttribute("aria-describedby")).as("#" + id + " aria-describedby").contains(id + "-erreur");
        assertThat(browser.find("#" + id + "-erreur").getText()).as("#" + id + "'s message").startsWith("Erreur")
                .hasSizeGreaterThan("Erreur : ".length());
    }

    private static String value(Browser browser, String id) {
        return browser.driver().findElement(org.openqa.selenium.By.id(id)).getDomProperty("value");
    }

    /** identity-service made no account for the address: the sign-up did not reach volunteer-service. */
    private static void assertNoAccountFor(String emailStart) {
        HttpResponse<String> accounts = platform.as(RunningPlatform.DemoAccount.ADMIN).get("/api/accounts");
        assertThat(accounts.statusCode()).isEqualTo(200);
        assertThat(accounts.body()).doesNotContain(emailStart);
    }
}
