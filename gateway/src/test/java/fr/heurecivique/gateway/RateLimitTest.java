package fr.heurecivique.gateway;

import fr.heurecivique.gateway.ratelimit.RateLimitFilter;
import fr.heurecivique.localstack.infra.FreePorts;
import fr.heurecivique.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Public endpoints are limited per client address: over the limit, 429 with Retry-After. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "heure-civique.gateway.rate-limit.public-limit.capacity=3",
        "heure-civique.gateway.rate-limit.public-limit.period=1m",
        "heure-civique.gateway.rate-limit.user-limit.capacity=5",
        "heure-civique.gateway.rate-limit.user-limit.period=1m",
        // Here the test client (on the loopback) is an ordinary client, not one of the trusted proxies.
        "heure-civique.gateway.trusted-proxies=10\\.9\\.9\\.9" })
class RateLimitTest {

    private static final StubService VOLUNTEERS = new StubService("volunteer-service", FreePorts.pick());

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void serviceUrls(DynamicPropertyRegistry registry) {
        registry.add("VOLUNTEER_SERVICE_URL", VOLUNTEERS::url);
        registry.add("heure-civique.security.jwk-set-uri", TestTokens::jwkSetUri);
        registry.add("heure-civique.security.issuer", () -> TestTokens.ISSUER);
    }

    @AfterAll
    static void stop() {
        VOLUNTEERS.close();
    }

    @Test
    void signUpsFromOneAddressAreLimitedThenRefusedWithRetryAfterWhateverXForwardedForSays() {
        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        // A client that is not a trusted proxy forges a new X-Forwarded-For each time: still one bucket, its own.
        for (int remaining = 2; remaining >= 0; remaining--) {
            client.post().uri("/api/volunteers").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .header("X-Forwarded-For", "203.0.113." + remaining)
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals(RateLimitFilter.REMAINING_HEADER, String.valueOf(remaining));
        }

        client.post().uri("/api/volunteers").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .header("X-Forwarded-For", "198.51.100.1, 203.0.113.99")
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("Retry-After", seconds -> assertThat(Integer.parseInt(seconds))
                        .isBetween(1, 21))
                .expectBody().jsonPath("$.title").isEqualTo("Trop de requêtes");

        // Reads of one's own data are not public endpoints: they have their own, larger allowance.
        client.get().uri("/api/volunteers/v1").exchange().expectStatus().isOk();
    }

    @Test
    void theRestIsLimitedPerUserByTheValidatedTokensSubjectNotPerAddress() {
        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        String claire = TestTokens.volunteer("v-claire");
        String karim = TestTokens.volunteer("v-karim");
        for (int remaining = 4; remaining >= 0; remaining--) {
            client.get().uri("/api/volunteers/v-claire").header("Authorization", "Bearer " + claire).exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals(RateLimitFilter.REMAINING_HEADER, String.valueOf(remaining));
        }
        client.get().uri("/api/volunteers/v-claire").header("Authorization", "Bearer " + claire).exchange()
                .expectStatus().isEqualTo(429).expectHeader().exists("Retry-After");
        // Another person from the same address has their own allowance.
        client.get().uri("/api/volunteers/v-karim").header("Authorization", "Bearer " + karim).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(RateLimitFilter.REMAINING_HEADER, "4");
    }
}
