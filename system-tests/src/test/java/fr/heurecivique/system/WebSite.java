package fr.heurecivique.system;

import fr.heurecivique.browser.Accessibility;
import fr.heurecivique.browser.Browser;
import fr.heurecivique.browser.PlatformOrigin;
import fr.heurecivique.localstack.infra.EmbeddedSmtp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The web client of the running platform as a person sees it in the shared headless browser: its pages through the
 * gateway, signing in on identity-service's page, the links the platform emails (read from its embedded SMTP
 * server), and the checks every page passes (one {@code h1}, French, no horizontal scrolling, axe-core's WCAG 2.1
 * A/AA rules, nothing loaded from elsewhere).
 */
final class WebSite {

    /** Where the README's screenshots go when {@code -Dheure-civique.screenshots=<folder>} is set. */
    private static final String SCREENSHOTS = System.getProperty("heure-civique.screenshots");
    private static final Pattern PASSWORD_LINK = Pattern.compile("https?://[^\\s\"<>]+/account/password\\?token=[^\\s\"<>]+");

    private final RunningPlatform platform;

    WebSite(RunningPlatform platform) {
        this.platform = platform;
    }

    /** The platform with its demo data, and the site. */
    static WebSite withDemoData() {
        RunningPlatform platform = RunningPlatform.get();
        platform.demoData();
        return new WebSite(platform);
    }

    RunningPlatform platform() {
        return platform;
    }

    String url(String path) {
        return platform.stack().gatewayUrl() + path;
    }

    /** Opens {@code path} of the site (through the gateway). */
    Browser open(Browser browser, String path) {
        return browser.open(url(path));
    }

    /** Signs out as far as the browser goes: no cookie for localhost (the web client's nor identity-service's). */
    void signOut(Browser browser) {
        if (!browser.url().startsWith("http")) {
            open(browser, "/");
        }
        browser.clearCookies();
    }

    /**
     * Signs in on identity-service's page, as a person does: opens {@code page} (of the volunteer's space), which
     * leads to the sign-in page, and comes back to it signed in.
     */
    void signIn(Browser browser, String page, String email, String password) {
        signIn(browser, page, email, password, false);
    }

    /** The same, checking identity-service's sign-in page on the way ({@link #assertSoundProviderPage}) if asked. */
    void signIn(Browser browser, String page, String email, String password, boolean checkTheSignInPage) {
        open(browser, page);
        browser.await(() -> browser.url().contains("/login"));
        if (checkTheSignInPage) {
            assertSoundProviderPage(browser);
        }
        browser.type("email", email).type("password", password).click("form button[type=submit]");
        browser.await(() -> browser.url().startsWith(url(page)));
    }

    /** The set-password link identity-service emailed to {@code email} (the last one). */
    String passwordLinkFor(String email) {
        EmbeddedSmtp.CapturedMail mail = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> platform.stack().smtp().messages().stream()
                        .filter(message -> message.to().equalsIgnoreCase(email) && message.text() != null
                                && PASSWORD_LINK.matcher(message.text()).find())
                        .reduce((first, second) -> second).orElse(null), java.util.Objects::nonNull);
        Matcher link = PASSWORD_LINK.matcher(mail.text());
        assertThat(link.find()).isTrue();
        return link.group();
    }

    /**
     * What every page of the site must pass, on the page the browser shows: it is not an error page and not the
     * sign-in page, has one {@code h1}, says it is French, fits its viewport's width (no horizontal scrolling: the
     * phone viewport is 375 px wide), has no axe-core violation of WCAG 2.1 A and AA, and loaded nothing from
     * another host or port than the platform's.
     */
    void assertSoundPage(Browser browser, String path) {
        String where = path + " (" + browser.viewport().name().toLowerCase() + ")";
        assertThat(browser.url()).as(where + ": where the browser is").startsWith(url(""));
        assertThat(browser.findAll("h1")).as(where + ": one h1").hasSize(1);
        assertThat(browser.find("h1").getText()).as(where + ": not the error page (templates/error.html)")
                .isNotIn("Page introuvable", "Action refusée", "Une erreur est survenue");
        assertThat(browser.driver().getTitle()).as(where + ": the title").endsWith("L’Heure Civique");
        assertThat(browser.find("html").getAttribute("lang")).as(where + ": the language").isEqualTo("fr");
        Object overflow = browser.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as(where + ": pixels of horizontal scrolling").isLessThanOrEqualTo(0);
        Accessibility.assertNoViolations(browser);
        PlatformOrigin.assertOnlyFrom(browser, platform.stack().gatewayUrl());
    }

    /**
     * identity-service's own pages (sign-in, choose a password) take the site's look and pass the same checks, on
     * their own origin: one {@code h1}, French, axe-core's rules, nothing loaded from elsewhere.
     */
    void assertSoundProviderPage(Browser browser) {
        String identity = platform.stack().serviceUrl(fr.heurecivique.localstack.PlatformService.IDENTITY);
        String where = browser.url() + " (" + browser.viewport().name().toLowerCase() + ")";
        assertThat(browser.findAll("h1")).as(where + ": one h1").hasSize(1);
        assertThat(browser.find("html").getAttribute("lang")).as(where + ": the language").isEqualTo("fr");
        Accessibility.assertNoViolations(browser);
        PlatformOrigin.assertOnlyFrom(browser, identity);
    }

    /**
     * Keeps a screenshot of the page: in {@code target/screenshots} always (a failing run shows what it saw), and in
     * the folder {@code -Dheure-civique.screenshots} names (the README's, {@code ./heure-civique screenshots}).
     */
    void screenshot(Browser browser, String name) {
        Path png = browser.screenshot(Path.of("target", "screenshots", name + ".png"));
        if (SCREENSHOTS != null && !SCREENSHOTS.isBlank()) {
            try {
                Path folder = Path.of(SCREENSHOTS);
                Files.createDirectories(folder);
                Files.copy(png, folder.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The texts of the error summary's links, after checking that each leads to a field of the form. */
    List<String> errorSummary(Browser browser) {
        var summary = browser.find("#resume-erreurs");
        List<String> messages = new java.util.ArrayList<>();
        for (var link : summary.findElements(org.openqa.selenium.By.cssSelector("a[href^='#']"))) {
            String target = link.getAttribute("href").replaceFirst("^.*#", "");
            assertThat(browser.findAll("#" + target)).as("the field the summary links to: #" + target).hasSize(1);
            messages.add(link.getText());
        }
        return messages;
    }
}
