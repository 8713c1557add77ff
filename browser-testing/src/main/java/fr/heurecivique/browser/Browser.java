package fr.heurecivique.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium for the web tests: Debian's {@code /usr/bin/chromium} driven through its
 * {@code /usr/bin/chromedriver} (both named, so Selenium Manager never runs and nothing is downloaded).
 *
 * <p>One browser per test JVM ({@link #shared()}), started on first use and closed by a shutdown hook; the tests
 * share it and switch its {@link Viewport}. The JavaScript-off variant ({@link #withoutJavaScript()}) is a second
 * browser started only for the tests that need it, since the switch is a profile preference. Where Chromium is not
 * installed (a developer's machine), {@link #shared()} skips the calling test with a clear message; {@code .ci/run}
 * installs it, so CI always runs them. {@code -Dbrowser.chromium=} and {@code -Dbrowser.chromedriver=} point
 * elsewhere.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver",
            "/usr/bin/chromedriver"));

    private static Browser shared;
    private static Browser withoutJavaScript;

    private final ChromeDriver driver;
    private final boolean javaScript;
    private Viewport viewport;

    private Browser(boolean javaScript) {
        this.javaScript = javaScript;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-extensions",
                "--disable-default-apps", "--disable-sync", "--no-first-run", "--lang=fr-FR",
                "--window-size=1280,900");
        options.setExperimentalOption("prefs", javaScript
                ? Map.of("intl.accept_languages", "fr-FR,fr")
                : Map.of("intl.accept_languages", "fr-FR,fr",
                        "profile.managed_default_content_settings.javascript", 2));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        use(Viewport.DESKTOP);
    }

    /** The browser of this JVM, JavaScript on; skips the calling test where Chromium is not installed. */
    public static synchronized Browser shared() {
        assumeInstalled();
        if (shared == null) {
            shared = start(true);
        }
        return shared;
    }

    /** A browser with JavaScript disabled (Chrome's content setting), started on first use, one per JVM. */
    public static synchronized Browser withoutJavaScript() {
        assumeInstalled();
        if (withoutJavaScript == null) {
            withoutJavaScript = start(false);
        }
        return withoutJavaScript;
    }

    /** Whether this machine has the browser and its driver; tests call {@link #shared()}, which skips without. */
    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    private static void assumeInstalled() {
        Assumptions.assumeTrue(installed(), () -> "Browser tests skipped: no Chromium at " + CHROMIUM
                + " or no chromedriver at " + CHROMEDRIVER + " (install Debian's chromium and chromium-driver,"
                + " as .ci/run does: apt-get install chromium chromium-driver)");
    }

    private static Browser start(boolean javaScript) {
        Browser browser = new Browser(javaScript);
        Runtime.getRuntime().addShutdownHook(new Thread(browser::quit, "browser-shutdown"));
        return browser;
    }

    private void quit() {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            // the JVM is ending: the driver process goes with it
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public boolean javaScriptEnabled() {
        return javaScript;
    }

    /**
     * Renders pages at {@code viewport}'s size (the page's layout viewport, as a phone of that size would, not the
     * window with its frame), from the next page on.
     */
    public Browser use(Viewport viewport) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", viewport.width(), "height", viewport.height(), "deviceScaleFactor", 1,
                "mobile", viewport.mobile()));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", viewport.mobile()));
        this.viewport = viewport;
        return this;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** Opens {@code url} and waits for the document to be loaded. */
    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** Types {@code text} into the field {@code #id} (after clearing it). */
    public Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks {@code cssSelector} and, when it submits a form or follows a link, lets the next page load. */
    public Browser click(String cssSelector) {
        find(cssSelector).click();
        return this;
    }

    /** Waits (at most 15 s) until {@code condition} holds, and returns its value. */
    public <T> T await(java.util.function.Supplier<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ignored -> condition.get());
    }

    /** The rendered page's text (what a reader sees). */
    public String text() {
        return find("body").getText();
    }

    /** Clears the cookies of the current site (signs out as far as the browser goes). */
    public Browser clearCookies() {
        driver.manage().deleteAllCookies();
        return this;
    }

    /** The visible part of the page as a PNG, written to {@code file} (its folders created); returns its path. */
    public Path screenshot(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG of the whole page, not only its visible part (Chrome's DevTools capture beyond the viewport). */
    public Path fullPageScreenshot(Path file) {
        Object height = driver.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        long pageHeight = Math.min(4000, Math.max(viewport.height(), ((Number) height).longValue()));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", viewport.width(), "height", pageHeight, "deviceScaleFactor", 1, "mobile", viewport.mobile()));
        try {
            return screenshot(file);
        } finally {
            use(viewport);
        }
    }

    /** For diagnostics: where a test wants the page's source when it fails. */
    public String source() {
        return driver.getPageSource();
    }
}
