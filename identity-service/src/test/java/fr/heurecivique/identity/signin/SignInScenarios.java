package fr.heurecivique.identity.signin;

import fr.heurecivique.identity.Browser;
import fr.heurecivique.identity.IdentityScenarios;
import fr.heurecivique.identity.accounts.AccountRepository;
import fr.heurecivique.identity.keys.SigningKeys;
import fr.heurecivique.localstack.OidcSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signing in: the authorization code flow with PKCE on the French sign-in page gives a JWT with the claims the
 * services authorise with, signed by the key in the key file; services get tokens with client credentials.
 */
public abstract class SignInScenarios extends IdentityScenarios {

    @Autowired
    AccountRepository accounts;

    @Test
    void aCoordinatorSignsInWithPkceAndGetsAJwtWithTheirRoles() {
        Instant before = Instant.now().minusSeconds(1);
        Jwt jwt = verify(demoToken(COORDINATOR));

        String accountId = accounts.findByEmail(COORDINATOR).orElseThrow().id();
        assertThat(jwt.getIssuer()).hasToString(ISSUER);
        assertThat(jwt.getSubject()).isEqualTo(accountId);
        assertThat(jwt.getClaimAsString("email")).isEqualTo(COORDINATOR);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("COORDINATOR");
        assertThat(jwt.hasClaim("volunteer_id")).isFalse();
        assertThat(jwt.hasClaim("communes")).isFalse();
        assertThat(jwt.getAudience()).containsExactlyInAnyOrder(OidcSignIn.CLIENT_ID, "heure-civique-api");
        assertThat(jwt.getIssuedAt()).isAfter(before);
        assertThat(jwt.getExpiresAt()).isBetween(before.plusSeconds(14 * 60), Instant.now().plusSeconds(15 * 60));
        assertThat(jwt.getHeaders()).containsEntry("kid",
                SigningKeys.read(Path.of(KEY_FILE)).tokenKey().getKeyID());
    }

    @Test
    void aReferentsTokenNamesTheirCommunes() {
        Jwt jwt = verify(demoToken(REFERENT_LA_ROCHELLE));
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("REFERENT");
        assertThat(jwt.getClaimAsStringList("communes")).containsExactly("17300");
    }

    @Test
    void aWrongPasswordIsRefusedInFrench() {
        assertThatThrownBy(() -> accessToken(COORDINATOR, "not-the-password"))
                .isInstanceOf(OidcSignIn.SignInException.class).hasMessageContaining("wrong email address or password");
        assertThatThrownBy(() -> accessToken("nobody@example.fr", DEMO_PASSWORD))
                .isInstanceOf(OidcSignIn.SignInException.class);

        Browser browser = new Browser(baseUrl());
        HttpResponse<String> page = browser.get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"fr\"", "<h1>Connexion</h1>", "Adresse e-mail", "Mot de passe")
                .doesNotContain("Adresse e-mail ou mot de passe incorrect", "Please sign in");
        HttpResponse<String> refused = browser.post("/login", java.util.Map.of("email", COORDINATOR,
                "password", "not-the-password"));
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        assertThat(browser.get("/login?error").body()).contains("Adresse e-mail ou mot de passe incorrect");
    }

    @Test
    void theJwkSetPublishesTheTokenKeyAndNothingElse() {
        String body = client.get().uri("/oauth2/jwks").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode keys = json(body).get("keys");
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).get("kid").asString())
                .isEqualTo(SigningKeys.read(Path.of(KEY_FILE)).tokenKey().getKeyID());
        assertThat(keys.get(0).get("kty").asString()).isEqualTo("RSA");
        assertThat(keys.get(0).has("d")).isFalse();

        client.get().uri("/.well-known/openid-configuration").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.issuer").isEqualTo(ISSUER)
                .jsonPath("$.jwks_uri").isEqualTo(ISSUER + "/oauth2/jwks")
                .jsonPath("$.code_challenge_methods_supported[0]").isEqualTo("S256");
    }

    @Test
    void theKeyInTheFileSurvivesARestart() {
        String token = demoToken(ADMIN);
        // What a restarted service does: read the same file (it exists, so nothing is generated).
        SigningKeys reloaded = SigningKeys.loadOrCreate(Path.of(KEY_FILE));
        assertThat(reloaded.tokenKey().getKeyID()).isEqualTo(SigningKeys.read(Path.of(KEY_FILE)).tokenKey().getKeyID());
        Jwt jwt = verify(token);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ADMIN");
    }

    @Test
    void aServiceGetsATokenWithClientCredentials() {
        String basic = Base64.getEncoder().encodeToString(("notification-service:" + SERVICE_SECRET).getBytes());
        String body = client.post().uri("/oauth2/token")
                .header("Authorization", "Basic " + basic)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=client_credentials&scope=internal")
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        Jwt jwt = verify(json(body).get("access_token").asString());
        assertThat(jwt.getSubject()).isEqualTo("notification-service");
        assertThat(jwt.getClaimAsStringList("scope")).containsExactly("internal");
        assertThat(jwt.hasClaim("roles")).isFalse();
        assertThat(jwt.getIssuer()).hasToString(ISSUER);

        String wrong = Base64.getEncoder().encodeToString("notification-service:guess".getBytes());
        client.post().uri("/oauth2/token").header("Authorization", "Basic " + wrong)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=client_credentials&scope=internal")
                .exchange().expectStatus().isUnauthorized();
    }
}
