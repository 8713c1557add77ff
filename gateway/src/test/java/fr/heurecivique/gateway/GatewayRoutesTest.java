package fr.heurecivique.gateway;

import fr.heurecivique.localstack.infra.FreePorts;
import fr.heurecivique.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public path of the API (the README's tables) reaches its service through the gateway's YAML routes (Gateway 5
 * silently ignores routes under the old property names, so a gateway without routes would start all the same).
 * The services are stand-ins that answer with their own name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s",
        // As in production, the circuit breaker's time limit stays just above the route's response timeout.
        "resilience4j.timelimiter.configs.default.timeout-duration=3s",
        "heure-civique.gateway.rate-limit.public-limit.capacity=100000" })
class GatewayRoutesTest {

    private static final Map<String, StubService> SERVICES = Map.of(
            "volunteer-service", new StubService("volunteer-service", FreePorts.pick()),
            "commune-service", new StubService("commune-service", FreePorts.pick()),
            "matching-service", new StubService("matching-service", FreePorts.pick()),
            "notification-service", new StubService("notification-service", FreePorts.pick()),
            "identity-service", new StubService("identity-service", FreePorts.pick()),
            "web", new StubService("web", FreePorts.pick()));

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void serviceUrls(DynamicPropertyRegistry registry) {
        SERVICES.forEach((name, stub) -> registry.add(name.replace("-", "_").toUpperCase() + "_URL", stub::url));
        registry.add("heure-civique.security.jwk-set-uri", TestTokens::jwkSetUri);
        registry.add("heure-civique.security.issuer", () -> TestTokens.ISSUER);
    }

    @AfterAll
    static void stopServices() {
        SERVICES.values().forEach(StubService::close);
    }

    @BeforeEach
    void client() {
        // Up to 60 s, so that a lost request shows as itself: with Netty's native epoll transport the 504 request was
        // lost about one run in six on this sandbox (the pom runs these tests on NIO; closing note of 2026-11-29).
        // Every assertion keeps its status and timing meaning (the 504 test still needs the 1 s route timeout).
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(java.time.Duration.ofSeconds(60)).build();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "POST,   /api/volunteers,                              volunteer-service",
            "GET,    /api/volunteers/v1,                           volunteer-service",
            "PATCH,  /api/volunteers/v1,                           volunteer-service",
            "DELETE, /api/volunteers/v1,                           volunteer-service",
            "GET,    /api/volunteers/v1/export,                    volunteer-service",
            "GET,    /api/volunteers?commune=17300,                volunteer-service",
            "GET,    /api/sessions,                                volunteer-service",
            "POST,   /api/sessions,                                volunteer-service",
            "POST,   /api/sessions/s1/bookings,                    volunteer-service",
            "POST,   /api/sessions/s1/attendance,                  volunteer-service",
            "POST,   /api/volunteers/v1/interview,                 volunteer-service",
            "GET,    /api/communes?q=rochelle&partner=true,        commune-service",
            "GET,    /api/communes/17300,                          commune-service",
            "POST,   /api/communes/17300/partnership-requests,     commune-service",
            "POST,   /api/communes/17300/partnership/activation,   commune-service",
            "GET,    /api/communes/17300/partnership,              commune-service",
            "POST,   /api/communes/17300/partnership/contact-call, commune-service",
            "POST,   /api/communes/17300/partnership/suspension,   commune-service",
            "POST,   /api/communes/17300/partnership/reactivation, commune-service",
            "GET,    /api/communes/17300/referents,                commune-service",
            "DELETE, /api/communes/17300/referents/r1,             commune-service",
            "POST,   /api/communes/17300/associations,             commune-service",
            "POST,   /api/communes/17300/beneficiaries,            commune-service",
            "PATCH,  /api/communes/17300/beneficiaries/b1,         commune-service",
            "GET,    /api/communes/figures,                        commune-service",
            "GET,    /api/communes/17300/figures,                  commune-service",
            "GET,    /api/communes/17300/needs-to-come,            commune-service",
            "POST,   /api/communes/17300/needs,                    commune-service",
            "GET,    /api/needs?commune=17300&status=OPEN,         commune-service",
            "GET,    /api/needs/n1,                                commune-service",
            "PATCH,  /api/needs/n1,                                commune-service",
            "POST,   /api/needs/n1/cancel,                         commune-service",
            "GET,    /api/needs/n1/suggestions?limit=5,            matching-service",
            "POST,   /api/matches,                                 matching-service",
            "GET,    /api/matches?needId=n1,                       matching-service",
            "POST,   /api/matches/m1/accept,                       matching-service",
            "POST,   /api/matches/m1/decline,                      matching-service",
            "POST,   /api/matches/m1/complete,                     matching-service",
            "GET,    /api/volunteers/v1/hours,                     matching-service",
            "GET,    /api/volunteers/v1/matches,                   matching-service",
            "GET,    /api/needs/n1/matches,                        matching-service",
            "GET,    /api/matches/answer?token=t,                  matching-service",
            "POST,   /api/matches/answer,                          matching-service",
            "GET,    /api/stats,                                   matching-service",
            "GET,    /api/notifications?recipient=a@exemple.fr,    notification-service",
            "GET,    /l/Ab3dE9xK7Qp,                               notification-service",
            "POST,   /api/accounts,                                identity-service",
            "GET,    /api/accounts,                                identity-service",
            "DELETE, /api/accounts/a1,                             identity-service",
            "GET,    /api/audit?actor=a1,                          identity-service",
            "GET,    /,                                            web",
            "GET,    /communes?q=rochelle,                         web",
            "GET,    /communes/17300,                              web",
            "POST,   /inscription,                                 web",
            "POST,   /gestion/import,                              web",
            "GET,    /api/stats/months,                            matching-service",
            "GET,    /theme/heure-civique.css,                     web",
            "GET,    /manifest.webmanifest,                        web",
            "GET,    /login/oauth2/code/heure-civique?code=c,      web",
    })
    void routesEachPathToItsService(String method, String path, String service) {
        client.method(HttpMethod.valueOf(method)).uri(path).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo(service)
                .jsonPath("$.method").isEqualTo(method)
                .jsonPath("$.uri").isEqualTo(path);
    }

    @Test
    void tellsWebTheBrowsersAddressAndNoClientCanChooseIt() {
        client.get().uri("/communes").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("web")
                .jsonPath("$.clientAddress").isEqualTo("127.0.0.1");
        // The import's own route (longer timeout) is web's too.
        client.post().uri("/gestion/import").header("X-Client-Address", "198.51.100.66").exchange()
                .expectBody().jsonPath("$.service").isEqualTo("web").jsonPath("$.clientAddress").isEqualTo("127.0.0.1");
        // A client's own X-Client-Address is replaced on the web route and removed on the others.
        client.get().uri("/communes").header("X-Client-Address", "198.51.100.66").exchange()
                .expectBody().jsonPath("$.clientAddress").isEqualTo("127.0.0.1");
        client.get().uri("/api/communes/17300").header("X-Client-Address", "198.51.100.66").exchange()
                .expectBody().jsonPath("$.clientAddress").isEqualTo("");
    }

    @Test
    void believesTheForwardedAddressOfATrustedProxyOnly() {
        // The test client is on the loopback, a trusted proxy here (as web and the ingress are): the address it
        // forwards, read from the right, is the client's — for the rate limits and for web alike.
        client.get().uri("/communes").header("X-Forwarded-For", "1.2.3.4, 203.0.113.7").exchange()
                .expectBody(String.class).value(body -> assertThat(body).contains("\"clientAddress\":\"203.0.113.7\""));
    }

    @Test
    void routesNeitherTheApisUnknownPathsNorTheInternalOnesToWeb() {
        for (String path : java.util.List.of("/api/nothing-here", "/internal/beneficiaries/b1/contact",
                "/v3/api-docs/nothing")) {
            client.get().uri(path).exchange()
                    .expectBody().jsonPath("$.service").doesNotExist();
        }
    }

    @Test
    void answersAFrenchPageWhenWebIsDown() {
        StubService web = SERVICES.get("web");
        web.close();
        try {
            client.get().uri("/communes").accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals("Retry-After", "10")
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectBody(String.class).value(page -> assertThat(page).contains("<html lang=\"fr\">",
                            "Le site est momentanément indisponible"));
        } finally {
            web.start();
        }
    }

    @Test
    void servesOneSwaggerUiOverEveryServicesApiDescription() {
        // identity-service publishes no OpenAPI description (its account API is documented in docs/security.md).
        for (String service : java.util.List.of("volunteer-service", "commune-service", "matching-service",
                "notification-service")) {
            client.get().uri("/v3/api-docs/" + service).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.service").isEqualTo(service)
                    .jsonPath("$.uri").isEqualTo("/v3/api-docs");
        }
        client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
        client.get().uri("/v3/api-docs/gateway/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(config -> assertThat(config)
                        .contains("/v3/api-docs/volunteer-service", "/v3/api-docs/notification-service"));
    }

    @Test
    void listsItsRoutesOnTheActuator() {
        client.get().uri("/actuator/gateway/routes").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[*].route_id").value(ids -> assertThat(ids.toString()).contains("matching-service",
                        "volunteer-service", "commune-service", "notification-service", "identity-service", "web"));
    }

    @Test
    void relaysAValidTokenAsIsAndRefusesAnInvalidOneWithAFrench401() {
        String token = TestTokens.referent("17300");
        client.get().uri("/api/needs?commune=17300").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.authorization").isEqualTo("Bearer " + token);
        for (String invalid : java.util.List.of("not-a-jwt", token.substring(0, token.length() - 4) + "AAAA",
                TestTokens.person(claims -> claims.audience("web")),
                TestTokens.person(claims -> claims.issuer("http://evil.test")))) {
            client.get().uri("/api/needs?commune=17300").header("Authorization", "Bearer " + invalid).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().value("WWW-Authenticate", value -> assertThat(value).startsWith("Bearer"))
                    .expectBody().jsonPath("$.title").isEqualTo("Authentification requise")
                    .jsonPath("$.service").doesNotExist();
        }
        // Without a token the request goes on: the service decides what is public.
        client.get().uri("/api/communes/17300").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.authorization").isEqualTo("");
    }

    @Test
    void stripsTheHeadersAClientMustNotSet() {
        client.get().uri("/api/communes/17300")
                .header("X-Internal-Token", "guess").header("X-User-Id", "admin").header("X-Forwarded-User", "admin")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.untrusted").isEqualTo("");
    }

    @Test
    void neverRoutesTheServicesInternalApi() {
        // commune-service's /internal/** (a beneficiary's contact) is for the platform's services only.
        client.get().uri("/internal/beneficiaries/b1/contact").header("X-Internal-Token", "guess").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.service").doesNotExist();
    }

    @Test
    void answersAnUnknownPathWithAFrenchProblem() {
        client.get().uri("/api/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Ressource introuvable")
                .jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void answers503WithRetryAfterWhenAServiceIsDown() {
        StubService notifications = SERVICES.get("notification-service");
        notifications.close();
        try {
            client.get().uri("/api/notifications?recipient=a@exemple.fr").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals("Retry-After", "10")
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.title").isEqualTo("Service momentanément indisponible");
        } finally {
            notifications.start();
        }
    }

    @Test
    void answers504WhenAServiceIsTooSlow() {
        // With a body, as clients send it. This request was the one lost with Netty's epoll transport (see client()).
        client.post().uri("/api/matches?slow=true").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Délai dépassé");
    }

    @Test
    void carriesManyConcurrentCallsToABusyService() throws Exception {
        // Resilience4j's default bulkhead (25 calls at once, no waiting) answered 503 from the 26th; 40 reads held
        // half a second each by the service are all answered.
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        String hold = "hold=" + java.util.UUID.randomUUID();
        java.util.List<java.util.concurrent.CompletableFuture<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            answers.add(http.sendAsync(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + "/api/audit?" + hold)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).thenApply(java.net.http.HttpResponse::statusCode));
        }
        for (java.util.concurrent.CompletableFuture<Integer> answer : answers) {
            assertThat(answer.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
        }
        assertThat(SERVICES.get("identity-service").calls(hold)).isEqualTo(40);
    }

    @Test
    void retriesAFailedReadButNeverAWrite() {
        String read = "flaky=" + java.util.UUID.randomUUID();
        client.get().uri("/api/stats?" + read).exchange().expectStatus().isOk();
        assertThat(SERVICES.get("matching-service").calls(read)).isEqualTo(2);

        String write = "flaky=" + java.util.UUID.randomUUID();
        client.post().uri("/api/matches?" + write).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(504);
        assertThat(SERVICES.get("matching-service").calls(write)).isEqualTo(1);
    }

    @Test
    void refusesABodyOver1MbWith413() {
        client.post().uri("/api/volunteers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"note\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Requête trop volumineuse");
    }

    @Test
    void letsConfiguredWebOriginsCallTheApi() {
        client.options().uri("/api/communes").header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "GET").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "http://localhost:5173");
        client.options().uri("/api/communes").header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void exposesHealthProbesAndPrometheusMetrics() {
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("application=\"gateway\""));
    }
}
