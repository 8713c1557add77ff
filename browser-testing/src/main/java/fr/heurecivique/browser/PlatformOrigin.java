package fr.heurecivique.browser;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * "No request leaves the platform": every resource the current page loaded (the document, and each entry of the
 * Resource Timing buffer: styles, scripts, images, fonts, fetches, the manifest...) came from the platform's own
 * scheme, host and port. Inline {@code data:} and {@code blob:} URLs make no request and are allowed.
 */
public final class PlatformOrigin {

    private PlatformOrigin() {
    }

    /** Every URL the current page loaded: the document first, then its resources. */
    @SuppressWarnings("unchecked")
    public static List<String> loaded(Browser browser) {
        return (List<String>) browser.driver().executeScript(
                "return [document.location.href].concat(performance.getEntriesByType('resource')"
                        + ".map(function (entry) { return entry.name; }));");
    }

    /** Fails, listing them, when the current page loaded anything from elsewhere than {@code platform}. */
    public static void assertOnlyFrom(Browser browser, String platform) {
        URI origin = URI.create(platform);
        List<String> loaded = loaded(browser);
        List<String> elsewhere = loaded.stream().filter(url -> !fromOrigin(url, origin)).toList();
        if (!elsewhere.isEmpty()) {
            throw new AssertionError(browser.url() + " loaded " + elsewhere.size() + " resource(s) from outside "
                    + origin(origin) + ":" + elsewhere.stream().map(url -> "\n- " + url).collect(Collectors.joining()));
        }
    }

    static boolean fromOrigin(String url, URI origin) {
        if (url.startsWith("data:") || url.startsWith("blob:") || url.equals("about:blank")) {
            return true;
        }
        URI uri = URI.create(url);
        return origin(uri).equals(origin(origin));
    }

    private static String origin(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT)
                + ":" + port;
    }
}
