package fr.heurecivique.identity.signin;

import fr.heurecivique.identity.Browser;
import fr.heurecivique.identity.IdentityScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web client ({@code web}, a backend-for-frontend): confidential, PKCE required, refresh tokens rotated at each
 * use, and RP-initiated logout that ends the sign-in here.
 */
public abstract class WebClientScenarios extends IdentityScenarios {

    private static final String REDIRECT = "http://localhost:8085/login/oauth2/code/heure-civique";
    private static final String AFTER_LOGOUT = "http://localhost:8085/";

    @Test
    void theWebClientMustSendAProofKey() {
        Browser browser = signedIn(CLAIRE);
        URI refused = location(browser.get(authorize(null)));
        assertThat(refused.toString()).startsWith(REDIRECT);
        assertThat(query(refused)).containsEntry("error", "invalid_request").doesNotContainKey("code");

        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        Map<String, String> answer = query(location(browser.get(authorize(verifier))));
        assertThat(answer).containsKey("code").containsEntry("state", "s1");
        // The right secret with a wrong verifier gets nothing.
        client.post().uri("/oauth2/token").header("Authorization", basic(WEB_SECRET))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form(Map.of("grant_type", "authorization_code", "code", answer.get("code"),
                        "redirect_uri", REDIRECT, "code_verifier", "not-" + verifier)))
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void theWebClientIsConfidentialAndItsRefreshTokensAreRotated() {
        Browser browser = signedIn(CLAIRE);
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        String code = query(location(browser.get(authorize(verifier)))).get("code");
        Map<String, String> exchange = Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT, "code_verifier", verifier);
        // PKCE alone is not enough: the client must authenticate.
        Map<String, String> withoutSecret = new LinkedHashMap<>(exchange);
        withoutSecret.put("client_id", "web");
        client.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form(withoutSecret)).exchange().expectStatus().isUnauthorized();
        client.post().uri("/oauth2/token").header("Authorization", basic("guess"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form(exchange)).exchange().expectStatus().isUnauthorized();

        JsonNode tokens = token(exchange);
        Jwt access = verify(tokens.get("access_token").asString());
        assertThat(access.getAudience()).containsExactlyInAnyOrder("web", "heure-civique-api");
        assertThat(access.getClaimAsStringList("roles")).contains("VOLUNTEER");
        assertThat(tokens.get("id_token").asString()).isNotBlank();
        String refresh = tokens.get("refresh_token").asString();
        assertThat(refresh).isNotBlank();

        JsonNode refreshed = token(Map.of("grant_type", "refresh_token", "refresh_token", refresh));
        assertThat(refreshed.get("refresh_token").asString()).isNotEqualTo(refresh);
        verify(refreshed.get("access_token").asString());
        // A used refresh token is spent.
        client.post().uri("/oauth2/token").header("Authorization", basic(WEB_SECRET))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form(Map.of("grant_type", "refresh_token", "refresh_token", refresh)))
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void signingOutOfTheWebClientEndsTheSignInHere() {
        client.get().uri("/.well-known/openid-configuration").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.end_session_endpoint").isEqualTo(ISSUER + "/connect/logout");
        Browser browser = signedIn(CLAIRE);
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        String code = query(location(browser.get(authorize(verifier)))).get("code");
        String idToken = token(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT, "code_verifier", verifier)).get("id_token").asString();

        // An address that was not registered is refused, and the sign-in stays.
        assertThat(browser.get("/connect/logout?" + form(Map.of("id_token_hint", idToken,
                "post_logout_redirect_uri", "https://elsewhere.example/"))).statusCode()).isEqualTo(400);
        assertThat(query(location(browser.get(authorize(verifier))))).containsKey("code");

        URI back = location(browser.get("/connect/logout?" + form(Map.of("id_token_hint", idToken,
                "post_logout_redirect_uri", AFTER_LOGOUT, "state", "bye"))));
        assertThat(back.toString()).isEqualTo(AFTER_LOGOUT + "?state=bye");
        // Signed out here too: the next authorization request asks for the password again.
        assertThat(location(browser.get(authorize(verifier))).getPath()).isEqualTo("/login");
        // A logout this service cannot check (an ID token from before its restart) from a browser signed out here
        // already: the French "signed out" page rather than an OAuth error.
        assertThat(location(browser.get("/connect/logout?" + form(Map.of("id_token_hint", "issued.before.restart",
                "post_logout_redirect_uri", AFTER_LOGOUT)))).toString()).endsWith("/login?logout");
    }

    private Browser signedIn(String email) {
        Browser browser = new Browser(baseUrl());
        browser.get("/login");
        HttpResponse<String> signedIn = browser.post("/login", Map.of("email", email, "password", DEMO_PASSWORD));
        assertThat(location(signedIn).toString()).doesNotContain("error");
        return browser;
    }

    private static String authorize(String verifier) {
        Map<String, String> parameters = new LinkedHashMap<>(Map.of("response_type", "code", "client_id", "web",
                "redirect_uri", REDIRECT, "scope", "openid profile email", "state", "s1"));
        if (verifier != null) {
            parameters.put("code_challenge", challenge(verifier));
            parameters.put("code_challenge_method", "S256");
        }
        return "/oauth2/authorize?" + form(parameters);
    }

    private JsonNode token(Map<String, String> fields) {
        return json(client.post().uri("/oauth2/token").header("Authorization", basic(WEB_SECRET))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form(fields))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    private static String basic(String secret) {
        return "Basic " + Base64.getEncoder().encodeToString(("web:" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static URI location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("redirect from " + response.uri()).isBetween(300, 399);
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static String form(Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
