package fr.heurecivique.localstack;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs in at an OpenID Connect provider exactly as a person does in a browser, for the shell: the authorization
 * code flow with PKCE as the public client {@code heure-civique-cli}, with an RFC 8252 loopback redirect. It asks
 * for an authorization code, is sent to the sign-in page, posts the email address and password there (with the
 * page's CSRF token), follows the redirect back to the authorization endpoint, reads the code from the redirect to
 * the loopback address (without following it) and exchanges it, with the code verifier, for the tokens. Nothing on
 * the provider's side is special to it: no backdoor mints a token without the password.
 */
public final class OidcSignIn {

    public static final String CLIENT_ID = "heure-civique-cli";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final URI provider;
    private final HttpClient http;

    /** @param provider where the identity provider answers, e.g. {@code http://localhost:9000} */
    public OidcSignIn(URI provider) {
        this.provider = provider;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Signs in and returns the token response.
     *
     * @throws SignInException when the provider refuses (wrong address or password) or answers unexpectedly
     */
    public Tokens signIn(String email, String password) {
        String verifier = randomUrlSafe(32);
        String state = randomUrlSafe(16);
        // RFC 8252: the loopback port is the client's choice; it is held while signing in, although the redirect
        // itself is read here rather than received there.
        try (ServerSocket loopback = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String redirectUri = "http://127.0.0.1:" + loopback.getLocalPort() + "/callback";
            URI authorize = provider.resolve("/oauth2/authorize?" + form(Map.of(
                    "response_type", "code",
                    "client_id", CLIENT_ID,
                    "redirect_uri", redirectUri,
                    "scope", "openid email profile",
                    "state", state,
                    "code_challenge", challenge(verifier),
                    "code_challenge_method", "S256")));

            HttpResponse<String> toLogin = send(get(authorize));
            URI loginPage = redirect(toLogin, "the authorization endpoint");
            HttpResponse<String> page = send(get(loginPage));
            Matcher csrf = CSRF.matcher(page.body());
            if (page.statusCode() != 200 || !csrf.find()) {
                throw new SignInException("the sign-in page " + loginPage + " answered " + page.statusCode()
                        + " without a sign-in form");
            }
            HttpResponse<String> signedIn = send(post(loginPage, form(Map.of("email", email, "password", password,
                    "_csrf", csrf.group(1)))));
            URI next = redirect(signedIn, "the sign-in page");
            if (next.getQuery() != null && next.getPath().endsWith("/login") && next.getQuery().contains("error")) {
                throw new SignInException("sign-in refused: wrong email address or password (or no password chosen "
                        + "yet for this account)");
            }
            URI callback = redirect(send(get(next)), "the authorization endpoint after signing in");
            Map<String, String> answer = query(callback);
            if (!redirectUri.equals(callback.getScheme() + "://" + callback.getAuthority() + callback.getPath())
                    || !state.equals(answer.get("state"))) {
                throw new SignInException("the provider redirected to an unexpected address");
            }
            if (answer.containsKey("error")) {
                throw new SignInException("the provider refused the authorization request: " + answer.get("error"));
            }
            HttpResponse<String> tokens = send(HttpRequest.newBuilder(provider.resolve("/oauth2/token"))
                    .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                            "grant_type", "authorization_code",
                            "code", answer.getOrDefault("code", ""),
                            "redirect_uri", redirectUri,
                            "client_id", CLIENT_ID,
                            "code_verifier", verifier)))).build());
            if (tokens.statusCode() != 200) {
                throw new SignInException("the token endpoint answered " + tokens.statusCode());
            }
            return new Tokens(stringField(tokens.body(), "access_token").orElseThrow(
                    () -> new SignInException("the token endpoint sent no access token")),
                    stringField(tokens.body(), "id_token").orElse(null));
        } catch (IOException e) {
            throw new SignInException("cannot reach the identity service at " + provider + " (" + e.getMessage()
                    + "); is the platform up?", e);
        }
    }

    private HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html").GET().build();
    }

    private HttpRequest post(URI uri, String form) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInException("interrupted", e);
        }
    }

    private URI redirect(HttpResponse<String> response, String where) {
        Optional<String> location = response.headers().firstValue("Location");
        if (response.statusCode() / 100 != 3 || location.isEmpty()) {
            throw new SignInException(where + " answered " + response.statusCode() + " instead of a redirect");
        }
        return response.uri().resolve(location.get());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return parameters;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** A string member of a flat JSON object (the token response), without a JSON library in the launcher. */
    static Optional<String> stringField(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"\\\\]*)\"").matcher(json);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param accessToken the access token (a JWT)
     * @param idToken     the OpenID Connect ID token, if any
     */
    public record Tokens(String accessToken, String idToken) {
    }

    /** The sign-in did not give a token; the message says why in one sentence. */
    public static final class SignInException extends RuntimeException {

        SignInException(String message) {
            super(message);
        }

        SignInException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
