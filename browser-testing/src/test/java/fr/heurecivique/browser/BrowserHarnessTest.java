package fr.heurecivique.browser;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The harness itself: its checks fail on pages that deserve it, and pass on pages that do not. */
class BrowserHarnessTest {

    private static final byte[] PIXEL = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    private static HttpServer server;
    private static String site;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        int port = server.getAddress().getPort();
        site = "http://localhost:" + port;
        Map<String, String> pages = Map.of(
                "/bad", "<html><head><title>Mauvaise page</title></head><body>"
                        + "<img src=\"/pixel.png\"><input type=\"text\" name=\"nom\"></body></html>",
                "/clean", "<!doctype html><html lang=\"fr\"><head><title>Bonne page</title>"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body>"
                        + "<main><h1>Bonjour</h1><img src=\"/pixel.png\" alt=\"Un point\">"
                        + "<label for=\"nom\">Nom</label><input id=\"nom\" type=\"text\"></main></body></html>",
                "/script", "<!doctype html><html lang=\"fr\"><head><title>Script</title></head><body><main>"
                        + "<h1 id=\"state\">sans JavaScript</h1>"
                        + "<script>document.getElementById('state').textContent = 'avec JavaScript';</script>"
                        + "</main></body></html>",
                "/leaky", "<!doctype html><html lang=\"fr\"><head><title>Fuite</title></head><body><main><h1>Fuite</h1>"
                        + "<img src=\"http://127.0.0.1:" + port + "/pixel.png\" alt=\"Un point d’ailleurs\">"
                        + "<img src=\"/pixel.png\" alt=\"Un point d’ici\"></main></body></html>");
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = path.equals("/pixel.png") ? PIXEL
                    : pages.getOrDefault(path, "<html lang=\"fr\"><title>Absente</title></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type",
                    path.equals("/pixel.png") ? "image/png" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(pages.containsKey(path) || path.equals("/pixel.png") ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void theAccessibilityAssertionNamesEachViolationOfABadPage() {
        Browser browser = Browser.shared().use(Viewport.DESKTOP).open(site + "/bad");

        assertThatThrownBy(() -> Accessibility.assertNoViolations(browser))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("html-has-lang [serious]")
                .hasMessageContaining("image-alt [critical]")
                .hasMessageContaining("label [critical]")
                .hasMessageContaining("at [img]")
                .hasMessageContaining("https://dequeuniversity.com/rules/axe/");
    }

    @Test
    void aCleanPageHasNoViolationInEitherViewport() {
        for (Viewport viewport : Viewport.values()) {
            Browser browser = Browser.shared().use(viewport).open(site + "/clean");
            Accessibility.assertNoViolations(browser);
        }
    }

    @Test
    void thePhoneViewportIsAPhoneSizedPage() {
        Browser browser = Browser.shared().use(Viewport.PHONE).open(site + "/clean");

        assertThat(browser.driver().executeScript("return [window.innerWidth, window.innerHeight]"))
                .isEqualTo(java.util.List.of(375L, 812L));
        browser.use(Viewport.DESKTOP).open(site + "/clean");
        assertThat(browser.driver().executeScript("return window.innerWidth")).isEqualTo(1280L);
    }

    @Test
    void theJavaScriptOffBrowserRunsNoScriptOfThePage() {
        assertThat(Browser.shared().open(site + "/script").find("h1").getText()).isEqualTo("avec JavaScript");
        assertThat(Browser.withoutJavaScript().open(site + "/script").find("h1").getText())
                .isEqualTo("sans JavaScript");
    }

    @Test
    void aResourceFromAnotherHostIsReported() {
        Browser browser = Browser.shared().use(Viewport.DESKTOP).open(site + "/leaky");
        browser.await(() -> (Boolean) browser.driver().executeScript(
                "return Array.from(document.images).every(function (image) { return image.complete; })"));

        assertThatThrownBy(() -> PlatformOrigin.assertOnlyFrom(browser, site))
                .hasMessageContaining("1 resource(s) from outside http://localhost:")
                .hasMessageContaining("http://127.0.0.1:");
        browser.open(site + "/clean");
        PlatformOrigin.assertOnlyFrom(browser, site);
        assertThat(PlatformOrigin.loaded(browser)).contains(site + "/clean", site + "/pixel.png");
    }

    @Test
    void aScreenshotIsAPngOfTheViewport(@TempDir Path folder) throws IOException {
        Path png = Browser.shared().use(Viewport.PHONE).open(site + "/clean").screenshot(folder.resolve("a/page.png"));

        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        // width and height in the IHDR chunk
        assertThat(java.nio.ByteBuffer.wrap(bytes, 16, 8).getInt()).isEqualTo(375);
        Browser.shared().use(Viewport.DESKTOP);
    }
}
