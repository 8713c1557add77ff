package fr.heurecivique.system;

import fr.heurecivique.localstack.PlatformService;
import fr.heurecivique.localstack.infra.EmbeddedSmtp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static fr.heurecivique.system.RunningPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The walking skeleton's slice, through the gateway of the running platform, and a restart that loses nothing. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformSystemIT {

    private static final String EMAIL = "claire.martin." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";

    private static RunningPlatform platform;
    private static String volunteerId;
    private static String needId;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.get();
    }

    @Test
    @Order(1)
    void everyServiceIsHealthyAndExposesItsMetrics() {
        for (PlatformService service : PlatformService.values()) {
            String url = platform.stack().serviceUrl(service);
            assertThat(platform.get(url + "/actuator/health/liveness").statusCode()).isEqualTo(200);
            assertThat(platform.get(url + "/actuator/health/readiness").statusCode()).isEqualTo(200);
            HttpResponse<String> metrics = platform.get(url + "/actuator/prometheus");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("application=\"" + service.module() + "\"");
        }
    }

    @Test
    @Order(2)
    void aVolunteerSignsUpThroughTheGatewayAndIsWelcomedByEmail() {
        HttpResponse<String> created = platform.post("/api/volunteers", """
                {"firstName": "Claire", "lastName": "Martin", "email": "%s", "phone": "06 12 34 56 78",
                 "communeInsee": "17300", "partnerCode": "MUTUALIA",
                 "consents": {"dataProcessing": true, "email": true, "sms": true, "shareWithCommune": true}}
                """.formatted(EMAIL));

        assertThat(created.statusCode()).isEqualTo(201);
        volunteerId = json(created).get("id").asString();
        assertThat(created.headers().firstValue("Location"))
                .contains(platform.stack().gatewayUrl() + "/api/volunteers/" + volunteerId);

        JsonNode delivery = await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(EMAIL),
                log -> log.size() == 1 && "SENT".equals(log.get(0).get("status").asString())).get(0);
        assertThat(delivery.get("template").asString()).isEqualTo("volunteer-welcome");
        assertThat(delivery.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(platform.stack().smtp().messages()).filteredOn(mail -> mail.to().equals(EMAIL))
                .singleElement().extracting(EmbeddedSmtp.CapturedMail::subject)
                .isEqualTo("Bienvenue dans L’Heure Civique, Claire !");
    }

    @Test
    @Order(3)
    void aNeedPostedThroughTheGatewayGetsSuggestions() {
        HttpResponse<String> created = platform.post("/api/communes/17300/needs", """
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
        HttpResponse<String> volunteer = platform.post("/api/volunteers",
                "{\"firstName\": \"Claire\", \"email\": \"claire@\", \"communeInsee\": \"75056\"}");
        assertThat(volunteer.statusCode()).isEqualTo(400);
        assertThat(volunteer.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(volunteer).get("errors").toString())
                .contains("lastName", "email", "phone", "communeInsee", "consents");

        HttpResponse<String> need = platform.post("/api/communes/17300/needs", "{\"kind\": \"COOKING\"}");
        assertThat(need.statusCode()).isEqualTo(400);
        assertThat(json(need).get("errors").toString()).contains("title", "kind", "description");

        HttpResponse<String> unknown = platform.get("/api/unknown");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("title").asString()).isEqualTo("Ressource introuvable");
    }

    @Test
    @Order(5)
    void aRestartKeepsTheVolunteerAndTheNeedAndSendsNoSecondWelcome() {
        List<Long> pids = Arrays.stream(PlatformService.values()).map(platform.stack()::pid).toList();

        platform.restart();

        assertThat(pids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive))
                .as("service process %d stopped", pid).isNotEqualTo(Optional.of(true)));
        assertThat(platform.get("/api/volunteers/" + volunteerId).statusCode()).isEqualTo(200);
        assertThat(platform.get("/api/needs/" + needId).statusCode()).isEqualTo(200);
        assertThat(suggestions(needId).get("suggestions").toString()).contains(volunteerId);
        assertThat(deliveries(EMAIL)).hasSize(1);
    }

    private static List<JsonNode> deliveries(String email) {
        HttpResponse<String> response = platform.get("/api/notifications?recipient=" + email);
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> items = new java.util.ArrayList<>();
        json(response).get("items").forEach(items::add);
        return items;
    }

    private static JsonNode suggestions(String need) {
        HttpResponse<String> response = platform.get("/api/needs/" + need + "/suggestions");
        return response.statusCode() == 200 ? json(response) : null;
    }
}
