package fr.heurecivique.system;

import fr.heurecivique.localstack.LocalStack;
import fr.heurecivique.localstack.PlatformService;
import fr.heurecivique.localstack.Ports;
import fr.heurecivique.localstack.infra.EmbeddedSmtp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform started as {@code ./heure-civique up} starts it — embedded Kafka, MongoDB and SMTP, each
 * service its own process from its packaged jar — and driven through the gateway only, as a client would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformSystemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String EMAIL = "claire.martin." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";

    @TempDir
    static Path data;

    private static LocalStack.Options options;
    private static LocalStack stack;
    private static String volunteerId;
    private static String needId;

    @BeforeAll
    static void startThePlatform() {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.keySet().removeAll(List.of("MONGODB_URI", "KAFKA_BOOTSTRAP_SERVERS", "SMTP_HOST", "SMTP_PORT"));
        options = new LocalStack.Options(Path.of(System.getProperty("heure-civique.home")).toAbsolutePath().normalize(),
                data, Ports.free(), environment, LocalStack.Options.LEAN_JVM, Duration.ofSeconds(240), System.out);
        stack = LocalStack.start(options);
    }

    @AfterAll
    static void stopThePlatform() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void everyServiceIsHealthyAndExposesItsMetrics() {
        for (PlatformService service : PlatformService.values()) {
            String url = stack.serviceUrl(service);
            assertThat(get(url + "/actuator/health/liveness").statusCode()).isEqualTo(200);
            assertThat(get(url + "/actuator/health/readiness").statusCode()).isEqualTo(200);
            HttpResponse<String> metrics = get(url + "/actuator/prometheus");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("application=\"" + service.module() + "\"");
        }
    }

    @Test
    @Order(2)
    void aVolunteerSignsUpThroughTheGatewayAndIsWelcomedByEmail() {
        HttpResponse<String> created = post("/api/volunteers", """
                {"firstName": "Claire", "lastName": "Martin", "email": "%s", "phone": "06 12 34 56 78",
                 "communeInsee": "17300", "partnerCode": "MUTUALIA",
                 "consents": {"dataProcessing": true, "email": true, "sms": true, "shareWithCommune": true}}
                """.formatted(EMAIL));

        assertThat(created.statusCode()).isEqualTo(201);
        volunteerId = json(created).get("id").asString();
        assertThat(created.headers().firstValue("Location"))
                .contains(stack.gatewayUrl() + "/api/volunteers/" + volunteerId);

        JsonNode delivery = await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(EMAIL),
                log -> log.size() == 1 && "SENT".equals(log.get(0).get("status").asString())).get(0);
        assertThat(delivery.get("template").asString()).isEqualTo("volunteer-welcome");
        assertThat(delivery.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(stack.smtp().messages()).filteredOn(mail -> mail.to().equals(EMAIL))
                .singleElement().extracting(EmbeddedSmtp.CapturedMail::subject)
                .isEqualTo("Bienvenue dans L’Heure Civique, Claire !");
    }

    @Test
    @Order(3)
    void aNeedPostedThroughTheGatewayGetsSuggestions() {
        HttpResponse<String> created = post("/api/communes/17300/needs", """
                {"title": "Courses du jeudi", "kind": "SHOPPING",
                 "description": "Faire les courses au marché pour une voisine âgée."}
                """);

        assertThat(created.statusCode()).isEqualTo(201);
        needId = json(created).get("id").asString();
        JsonNode suggestions = await().atMost(Duration.ofSeconds(30)).until(() -> suggestions(needId),
                body -> body != null && body.get("suggestions").toString().contains(volunteerId));
        assertThat(suggestions.get("needTitle").asString()).isEqualTo("Courses du jeudi");
    }

    @Test
    @Order(4)
    void badInputIsRefusedThroughTheGatewayWithFrenchProblemDetails() {
        HttpResponse<String> volunteer = post("/api/volunteers",
                "{\"firstName\": \"Claire\", \"email\": \"claire@\", \"communeInsee\": \"75056\"}");
        assertThat(volunteer.statusCode()).isEqualTo(400);
        assertThat(volunteer.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(volunteer).get("errors").toString())
                .contains("lastName", "email", "phone", "communeInsee", "consents");

        HttpResponse<String> need = post("/api/communes/17300/needs", "{\"kind\": \"COOKING\"}");
        assertThat(need.statusCode()).isEqualTo(400);
        assertThat(json(need).get("errors").toString()).contains("title", "kind", "description");

        HttpResponse<String> unknown = get(stack.gatewayUrl() + "/api/unknown");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("title").asString()).isEqualTo("Ressource introuvable");
    }

    @Test
    @Order(5)
    void aRestartKeepsTheVolunteerAndTheNeedAndSendsNoSecondWelcome() {
        List<Long> pids = java.util.Arrays.stream(PlatformService.values()).map(stack::pid).toList();
        stack.close();
        assertThat(pids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive))
                .as("service process %d stopped", pid).isNotEqualTo(java.util.Optional.of(true)));

        stack = LocalStack.start(options);

        assertThat(get(stack.gatewayUrl() + "/api/volunteers/" + volunteerId).statusCode()).isEqualTo(200);
        assertThat(get(stack.gatewayUrl() + "/api/needs/" + needId).statusCode()).isEqualTo(200);
        assertThat(suggestions(needId).get("suggestions").toString()).contains(volunteerId);
        assertThat(deliveries(EMAIL)).hasSize(1);
    }

    private static List<JsonNode> deliveries(String email) {
        HttpResponse<String> response = get(stack.gatewayUrl() + "/api/notifications?recipient=" + email);
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> entries = new java.util.ArrayList<>();
        json(response).forEach(entries::add);
        return entries;
    }

    private static JsonNode suggestions(String need) {
        HttpResponse<String> response = get(stack.gatewayUrl() + "/api/needs/" + need + "/suggestions");
        return response.statusCode() == 200 ? json(response) : null;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
