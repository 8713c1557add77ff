package fr.heurecivique.system;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EventProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static fr.heurecivique.system.RunningPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A volunteer's whole journey through the gateway of the running platform, each step visible on the API and on
 * Kafka; then their erasure, after which volunteer-service answers 404 and matching-service and
 * notification-service drop what they held within seconds.
 */
class VolunteerJourneySystemIT {

    /** Saintes: made a partner commune by this test only (the demo data makes Rochefort and Royan partners). */
    private static final String COMMUNE = "17415";

    private static RunningPlatform platform;
    private static MongoClient mongo;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.get();
        mongo = MongoClients.create("mongodb://localhost:" + platform.ports().mongo());
    }

    @AfterAll
    static void close() {
        mongo.close();
    }

    @Test
    void aVolunteerIsOnboardedPausesResumesThenErasesEverything() {
        String email = "lea.moreau." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        try (EventProbe probe = EventProbe.fromNow("localhost:" + platform.ports().kafka(),
                Topics.VOLUNTEER_EVENTS.name())) {
            RunningPlatform.Volunteer volunteer = platform.signUpVolunteer("""
                    {"firstName": "Léa", "lastName": "Moreau", "email": "%s", "phone": "07 61 22 33 44",
                     "communeInsee": "%s", "birthYear": 1990, "heardFrom": "PRESS",
                     "consents": {"dataProcessing": true, "email": true, "sms": true, "shareWithCommune": true}}
                    """.formatted(email, COMMUNE), email);
            String id = volunteer.id();
            RunningPlatform.Client herself = platform.as(volunteer.token());
            RunningPlatform.Client coordinator = platform.as(RunningPlatform.DemoAccount.COORDINATOR);
            assertStep(probe, id, EventCatalog.VOLUNTEER_REGISTERED.name(), "REGISTERED", "SIGNED_UP");

            // A session starting in a few seconds: booked now, attended once it has started.
            String session = json(ok(coordinator.post("/api/sessions", """
                    {"title": "Visio de présentation", "startsAt": "%s", "durationMinutes": 60,
                     "videoLink": "https://visio.exemple.fr/presentation", "capacity": 12}
                    """.formatted(Instant.now().plusSeconds(4))), 201)).get("id").asString();
            // She books it herself.
            ok(herself.post("/api/sessions/" + session + "/bookings", "{\"volunteerId\": \"" + id + "\"}"), 200);
            assertStep(probe, id, EventCatalog.VOLUNTEER_SESSION_BOOKED.name(), "REGISTERED", "SESSION_BOOKED");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> coordinator.post(
                    "/api/sessions/" + session + "/attendance", "{\"volunteerId\": \"" + id + "\"}").statusCode() == 200);
            assertStep(probe, id, EventCatalog.VOLUNTEER_SESSION_ATTENDED.name(), "REGISTERED", "SESSION_ATTENDED");

            ok(coordinator.post("/api/volunteers/" + id + "/interview-appointment",
                    "{\"scheduledAt\": \"" + Instant.now().plus(Duration.ofDays(1)) + "\"}"), 200);
            assertStep(probe, id, EventCatalog.VOLUNTEER_INTERVIEW_SCHEDULED.name(), "REGISTERED", "INTERVIEW_SCHEDULED");
            ok(coordinator.post("/api/volunteers/" + id + "/interview", """
                    {"modes": ["INDIVIDUAL"], "maxDistanceKm": 10, "kindsOfHelp": ["SHOPPING", "VISITS"],
                     "availability": %s, "monthlyPledgeHours": 2}
                    """.formatted(RunningPlatform.EVERY_AFTERNOON)), 200);
            assertStep(probe, id, EventCatalog.VOLUNTEER_INTERVIEWED.name(), "ACTIVE", "COMPLETED");
            ok(herself.post("/api/volunteers/" + id + "/pause", ""), 200);
            assertStep(probe, id, EventCatalog.VOLUNTEER_PAUSED.name(), "PAUSED", "COMPLETED");
            assertThat(herself.post("/api/volunteers/" + id + "/pause", "").statusCode()).isEqualTo(409);
            ok(herself.post("/api/volunteers/" + id + "/resume", ""), 200);
            assertStep(probe, id, EventCatalog.VOLUNTEER_RESUMED.name(), "ACTIVE", "COMPLETED");

            // What the other services hold about the volunteer, before the erasure.
            RunningPlatform.PartnerCommune partner = platform.partnerCommune(COMMUNE);
            String need = platform.postNeed(partner, "Courses du jeudi");
            RunningPlatform.Client referent = platform.as(partner.referentToken());
            await().atMost(Duration.ofSeconds(30)).until(() -> suggestions(referent, need).contains(id));
            await().atMost(Duration.ofSeconds(30)).until(() -> notificationContactExists(id));

            assertThat(herself.get("/api/volunteers/" + id + "/export").statusCode()).isEqualTo(200);
            assertThat(herself.delete("/api/volunteers/" + id).statusCode()).isEqualTo(204);
            assertThat(coordinator.get("/api/volunteers/" + id).statusCode()).isEqualTo(404);
            assertThat(coordinator.get("/api/volunteers/" + id + "/export").statusCode()).isEqualTo(404);
            probe.await(EventCatalog.VOLUNTEER_ERASED.name(), id);
            probe.await(record -> id.equals(record.key()) && record.value() == null);
            await().atMost(Duration.ofSeconds(15)).until(() -> !suggestions(referent, need).contains(id));
            await().atMost(Duration.ofSeconds(15)).until(() -> !notificationContactExists(id));
        }
    }

    /** The step is visible on the API and its event on Kafka carries the same state. */
    private static void assertStep(EventProbe probe, String id, String type, String status, String step) {
        JsonNode volunteer = json(ok(platform.as(RunningPlatform.DemoAccount.COORDINATOR)
                .get("/api/volunteers/" + id), 200));
        assertThat(volunteer.get("status").asString()).isEqualTo(status);
        assertThat(volunteer.get("onboarding").get("step").asString()).isEqualTo(step);
        CapturedRecord event = probe.await(type, id);
        JsonNode state = RunningPlatform.JSON.readTree(event.value()).get("volunteer");
        assertThat(state.get("status").asString()).isEqualTo(status);
        assertThat(state.get("onboarding").get("step").asString()).isEqualTo(step);
    }

    private static String suggestions(RunningPlatform.Client referent, String need) {
        HttpResponse<String> response = referent.get("/api/needs/" + need + "/suggestions");
        return response.statusCode() == 200 ? response.body() : "";
    }

    /** notification-service has no endpoint for its directory: look at its database. */
    private static boolean notificationContactExists(String volunteerId) {
        return mongo.getDatabase("heure-civique-notifications").getCollection("contacts")
                .countDocuments(Filters.eq("_id", "VOLUNTEER:" + volunteerId)) == 1;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }
}
