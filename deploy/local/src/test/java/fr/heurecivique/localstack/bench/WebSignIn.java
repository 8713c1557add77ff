package fr.heurecivique.localstack.bench;

import fr.heurecivique.localstack.LaunchException;
import fr.heurecivique.localstack.LocalStack;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in at the web client as a browser does, without one: opens a page of the volunteer's space, follows the
 * redirects of the backend-for-frontend's sign-in to identity-service's sign-in page, posts the address and password
 * with the page's CSRF token, and follows the redirects back (the code exchange happens in {@code web}). The result
 * is an HTTP client whose cookie jar holds the web session, for {@code bench web}.
 */
public final class WebSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String HTML = "text/html,application/xhtml+xml";

    private WebSignIn() {
    }

    /**
     * @param signedInPage a page of the volunteer's space, e.g. {@code http://localhost:8080/espace}
     * @return a client that is signed in (its cookies), for requests to the web client
     */
    public static HttpClient signIn(String signedInPage, String email, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(30)).build();
        try {
            // as a browser: identity-service sends a page asking for HTML to its sign-in page, others get a 401
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(signedInPage)).timeout(TIMEOUT)
                    .header("Accept", HTML).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher csrf = CSRF.matcher(login.body());
            if (login.statusCode() != 200 || !login.uri().getPath().endsWith("/login") || !csrf.find()) {
                throw new LaunchException("Signing in at the web client failed: " + signedInPage + " led to "
                        + login.uri() + " (" + login.statusCode() + "), not to the sign-in page.");
            }
            String form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
            HttpResponse<String> back = browser.send(HttpRequest.newBuilder(login.uri().resolve("/login"))
                    .timeout(TIMEOUT).header("Accept", HTML).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (back.statusCode() != 200 || !back.uri().toString().startsWith(origin(signedInPage))) {
                throw new LaunchException("Signing in at the web client failed: the sign-in ended at " + back.uri()
                        + " (" + back.statusCode() + ").");
            }
            return browser;
        } catch (IOException e) {
            throw new LaunchException("Signing in at the web client failed (" + LocalStack.rootMessage(e) + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while signing in at the web client.", e);
        }
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
