package fr.heurecivique.defaults.security;

import fr.heurecivique.testsupport.PlatformIntegrationTest;
import fr.heurecivique.testsupport.ServiceScenarios;
import fr.heurecivique.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/** The shared resource server: tokens checked the production way, French 401/403, rules in one place. */
@PlatformIntegrationTest
class ResourceServerIT extends ServiceScenarios {

    @Test
    void withoutATokenA401ProblemInFrenchSaysHowToAuthenticate() {
        anonymous().get().uri("/test/security/staff").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value("WWW-Authenticate", value -> org.assertj.core.api.Assertions.assertThat(value)
                        .startsWith("Bearer"))
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("\"title\":\"Authentification requise\"", "\"status\":401")
                        .doesNotContain("\"properties\"", ":null"));
    }

    @Test
    void aTokenOfTheRightRoleIsLetThroughAndTheCallerIsKnown() {
        as(TestTokens.coordinator()).get().uri("/test/security/staff").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.roles[0]").isEqualTo("COORDINATOR").jsonPath("$.internal").isEqualTo(false);
    }

    @Test
    void anotherRoleGetsA403ProblemInFrench() {
        as(TestTokens.volunteer("v-1")).get().uri("/test/security/staff").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("\"title\":\"Accès refusé\"", "\"status\":403")
                        .doesNotContain("\"properties\"", ":null"));
    }

    @Test
    void aReferentIsLetIntoTheirOwnCommunesOnly() {
        as(TestTokens.referent("17300")).get().uri("/test/security/communes/17300").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.communes[0]").isEqualTo("17300");
        as(TestTokens.referent("17300")).get().uri("/test/security/communes/17299").exchange()
                .expectStatus().isForbidden();
        as(TestTokens.admin()).get().uri("/test/security/communes/17299").exchange().expectStatus().isOk();
    }

    @Test
    void aRefusalDecidedInTheServiceIsA403NotA500() {
        as(TestTokens.referent("17300")).get().uri("/test/security/in-the-service/17300").exchange()
                .expectStatus().isOk();
        as(TestTokens.referent("17300")).get().uri("/test/security/in-the-service/17299").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Accès refusé");
    }

    @Test
    void theInternalApiTakesServiceTokensOnly() {
        as(TestTokens.service("notification-service")).get().uri("/test/security/internal").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.internal").isEqualTo(true);
        as(TestTokens.admin()).get().uri("/test/security/internal").exchange().expectStatus().isForbidden();
    }

    @Test
    void anEndpointWithoutARuleIsClosedToEveryone() {
        as(TestTokens.admin()).get().uri("/test/security/forgotten").exchange().expectStatus().isForbidden();
        anonymous().get().uri("/test/security/forgotten").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void tokensFromElsewhereForSomethingElseOrExpiredAreRefused() {
        List<String> invalid = List.of(
                TestTokens.person(claims -> claims.claim("roles", List.of("COORDINATOR")).issuer("http://evil.test")),
                TestTokens.person(claims -> claims.claim("roles", List.of("COORDINATOR")).audience("web")),
                TestTokens.person(claims -> claims.claim("roles", List.of("COORDINATOR"))
                        .issueTime(Date.from(Instant.now().minusSeconds(3600)))
                        .notBeforeTime(Date.from(Instant.now().minusSeconds(3600)))
                        .expirationTime(Date.from(Instant.now().minusSeconds(1800)))),
                TestTokens.coordinator().substring(0, 40) + "tampered");
        for (String token : invalid) {
            as(token).get().uri("/test/security/staff").exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions
                            .assertThat((String) detail).contains("invalide ou a expiré"));
        }
    }

    @Test
    void healthAndTheApiDescriptionStayPublic() {
        anonymous().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        anonymous().get().uri("/v3/api-docs").exchange().expectStatus().isOk();
    }
}
