package fr.heurecivique.volunteer.journey;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.EventSchemas;
import fr.heurecivique.testsupport.MutableClock;
import fr.heurecivique.volunteer.VolunteerScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A volunteer's onboarding and lifecycle through the API, each step visible on {@code GET /api/volunteers/{id}} and
 * as its event on {@code volunteer.events}, carrying the whole state; and everything refused on the way (400, 409,
 * 413) publishes nothing.
 */
public abstract class JourneyScenarios extends VolunteerScenarios {

    @Test
    void aVolunteerGoesFromSignUpToActiveThenPausesAndResumesEachStepPublishingItsEvent() {
        try (EventProbe probe = probe(Topics.VOLUNTEER_EVENTS.name())) {
            String id = json(client.post().uri("/api/volunteers").contentType(MediaType.APPLICATION_JSON)
                    .body("""
                            {"firstName": "Monique", "lastName": "Durand", "email": "%s", "phone": "06 98 76 54 32",
                             "communeInsee": "17300", "birthYear": 1956, "heardFrom": "TOWN_HALL",
                             "postalAddress": {"street": "12 rue des Merciers", "postalCode": "17000", "city": "La Rochelle"},
                             "consents": {"dataProcessing": true, "email": true, "sms": true, "shareWithCommune": true}}
                            """.formatted(uniqueEmail("monique")))
                    .exchange().expectStatus().isCreated()
                    .expectBody(String.class).returnResult().getResponseBody()).get("id").asString();
            JsonNode registered = state(probe, EventCatalog.VOLUNTEER_REGISTERED.name(), id);
            assertThat(registered.get("onboarding").get("step").asString()).isEqualTo("SIGNED_UP");
            assertThat(registered.get("latitude").asDouble()).isBetween(46.1, 46.2);
            assertThat(registered.has("postalAddress")).isFalse();
            assertThat(registered.has("birthYear")).isFalse();
            assertThat(get("/api/volunteers/" + id).get("postalAddress").get("city").asString()).isEqualTo("La Rochelle");

            // Booked, then rebooked: the first session's seat is given back.
            String first = publishSession(Duration.ofDays(2), 5);
            String second = publishSession(Duration.ofHours(1), 5);
            post("/api/sessions/" + first + "/bookings", "{\"volunteerId\": \"" + id + "\"}", 200);
            JsonNode booked = post("/api/sessions/" + second + "/bookings", "{\"volunteerId\": \"" + id + "\"}", 200);
            assertThat(booked.get("onboarding").get("step").asString()).isEqualTo("SESSION_BOOKED");
            assertThat(booked.get("onboarding").get("session").get("id").asString()).isEqualTo(second);
            assertThat(get("/api/sessions/" + first).get("seatsLeft").asInt()).isEqualTo(5);
            assertThat(get("/api/sessions/" + second).get("participants").get(0).get("lastName").asString())
                    .isEqualTo("Durand");
            CapturedRecord rebooking = probe.await(record -> id.equals(record.key())
                    && EventCatalog.VOLUNTEER_SESSION_BOOKED.name().equals(record.type())
                    && record.value().contains(second));
            EventSchemas.assertValid(rebooking.type(), rebooking.value());
            assertThat(json(rebooking.value()).get("session").get("videoLink").asString())
                    .isEqualTo("https://visio.exemple.fr/presentation");

            // Attendance is noted once the session has started.
            post("/api/sessions/" + second + "/attendance", "{\"volunteerId\": \"" + id + "\"}", 409);
            ((MutableClock) clock).advance(Duration.ofHours(2));
            assertThat(post("/api/sessions/" + second + "/attendance", "{\"volunteerId\": \"" + id + "\"}", 200)
                    .get("onboarding").get("step").asString()).isEqualTo("SESSION_ATTENDED");
            state(probe, EventCatalog.VOLUNTEER_SESSION_ATTENDED.name(), id);

            JsonNode appointment = post("/api/volunteers/" + id + "/interview-appointment",
                    "{\"scheduledAt\": \"" + now().plus(Duration.ofDays(1)) + "\"}", 200);
            assertThat(appointment.get("onboarding").get("step").asString()).isEqualTo("INTERVIEW_SCHEDULED");
            assertThat(state(probe, EventCatalog.VOLUNTEER_INTERVIEW_SCHEDULED.name(), id).get("onboarding")
                    .get("interviewAt").asString()).isNotBlank();

            JsonNode active = post("/api/volunteers/" + id + "/interview", perimeter(), 200);
            assertThat(active.get("status").asString()).isEqualTo("ACTIVE");
            assertThat(active.get("perimeter").get("monthlyPledgeHours").asInt()).isEqualTo(1);
            assertThat(active.get("perimeter").get("availability").get(0).get("day").asString()).isEqualTo("MONDAY");
            JsonNode interviewed = state(probe, EventCatalog.VOLUNTEER_INTERVIEWED.name(), id);
            assertThat(interviewed.get("status").asString()).isEqualTo("ACTIVE");
            assertThat(interviewed.get("perimeter").get("kindsOfHelp").toString()).isEqualTo("[\"VISITS\",\"SHOPPING\"]");
            assertThat(interviewed.get("perimeter").get("maxDistanceKm").asInt()).isEqualTo(5);

            assertThat(post("/api/volunteers/" + id + "/pause", "", 200).get("status").asString()).isEqualTo("PAUSED");
            assertThat(get("/api/volunteers/" + id).get("status").asString()).isEqualTo("PAUSED");
            assertThat(state(probe, EventCatalog.VOLUNTEER_PAUSED.name(), id).get("status").asString())
                    .isEqualTo("PAUSED");
            assertThat(post("/api/volunteers/" + id + "/resume", "", 200).get("status").asString()).isEqualTo("ACTIVE");
            assertThat(state(probe, EventCatalog.VOLUNTEER_RESUMED.name(), id).get("status").asString())
                    .isEqualTo("ACTIVE");

            // Every step's event, in order, each carrying the version it produced.
            probe.awaitCaughtUp();
            List<CapturedRecord> events = probe.records().stream().filter(record -> id.equals(record.key())).toList();
            assertThat(events).extracting(CapturedRecord::type).containsExactly(
                    EventCatalog.VOLUNTEER_REGISTERED.name(), EventCatalog.VOLUNTEER_SESSION_BOOKED.name(),
                    EventCatalog.VOLUNTEER_SESSION_BOOKED.name(), EventCatalog.VOLUNTEER_SESSION_ATTENDED.name(),
                    EventCatalog.VOLUNTEER_INTERVIEW_SCHEDULED.name(), EventCatalog.VOLUNTEER_INTERVIEWED.name(),
                    EventCatalog.VOLUNTEER_PAUSED.name(), EventCatalog.VOLUNTEER_RESUMED.name());
            assertThat(events).extracting(record -> json(record.value()).get("volunteer").get("version").asLong())
                    .isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void illegalTransitionsAreConflictsAndPublishNothing() {
        String id = signUp("Karim", "Benali", spareCommune(), true);
        String session = publishSession(Duration.ofDays(1), 3);
        awaitPublished(id);
        try (EventProbe probe = probe(Topics.VOLUNTEER_EVENTS.name())) {
            assertThat(post("/api/volunteers/" + id + "/pause", "", 409).get("detail").asString())
                    .contains("Seul un bénévole actif");
            post("/api/volunteers/" + id + "/resume", "", 409);
            post("/api/volunteers/" + id + "/interview", perimeter(), 409);
            post("/api/volunteers/" + id + "/interview-appointment",
                    "{\"scheduledAt\": \"" + now().plus(Duration.ofDays(1)) + "\"}", 409);
            post("/api/sessions/" + session + "/attendance", "{\"volunteerId\": \"" + id + "\"}", 409);
            post("/api/volunteers/" + id + "/withdraw", "", 200);
            post("/api/volunteers/" + id + "/withdraw", "", 409);
            post("/api/sessions/" + session + "/bookings", "{\"volunteerId\": \"" + id + "\"}", 409);

            probe.awaitCaughtUp();
            assertThat(probe.records()).filteredOn(record -> id.equals(record.key())).extracting(CapturedRecord::type)
                    .containsExactly(EventCatalog.VOLUNTEER_WITHDRAWN.name());
        }
    }

    @Test
    void aFullOrPastSessionCannotBeBookedAndNothingIsPublished() {
        String commune = spareCommune();
        String first = signUp("Théo", "Lefèvre", commune, true);
        String second = signUp("Léa", "Moreau", commune, true);
        String full = publishSession(Duration.ofDays(1), 1);
        String soon = publishSession(Duration.ofMinutes(30), 10);
        post("/api/sessions/" + full + "/bookings", "{\"volunteerId\": \"" + first + "\"}", 200);
        awaitPublished(second);
        ((MutableClock) clock).advance(Duration.ofHours(1));
        try (EventProbe probe = probe(Topics.VOLUNTEER_EVENTS.name())) {
            assertThat(post("/api/sessions/" + full + "/bookings", "{\"volunteerId\": \"" + second + "\"}", 409)
                    .get("detail").asString()).contains("complète");
            assertThat(post("/api/sessions/" + soon + "/bookings", "{\"volunteerId\": \"" + second + "\"}", 409)
                    .get("detail").asString()).contains("passée");
            assertThat(post("/api/sessions/nope/bookings", "{\"volunteerId\": \"" + second + "\"}", 404)
                    .get("title").asString()).isEqualTo("Ressource introuvable");
            assertThat(post("/api/sessions/" + full + "/bookings", "{\"volunteerId\": \"nobody\"}", 400)
                    .get("errors").get(0).get("field").asString()).isEqualTo("volunteerId");

            probe.awaitCaughtUp();
            assertThat(probe.records()).isEmpty();
        }
        assertThat(get("/api/volunteers/" + second).get("onboarding").get("step").asString()).isEqualTo("SIGNED_UP");
        assertThat(get("/api/sessions/" + full).get("seatsLeft").asInt()).isZero();
    }

    @Test
    void badInputIsRefusedFieldByFieldInFrenchAndPublishesNothing() {
        String id = signUp("Claire", "Martin", spareCommune(), true);
        awaitPublished(id);
        try (EventProbe probe = probe(Topics.VOLUNTEER_EVENTS.name())) {
            // Sign-up: the new optional fields are checked too.
            JsonNode signUp = post("/api/volunteers", """
                    {"firstName": "Paul", "lastName": "Roux", "email": "%s", "phone": "06 11 22 33 44",
                     "communeInsee": "17300", "birthYear": 2020, "heardFrom": "TELEVISION",
                     "consents": {"dataProcessing": true}}
                    """.formatted(uniqueEmail("paul")), 400);
            assertThat(signUp.get("errors").toString()).contains("heardFrom");
            JsonNode young = post("/api/volunteers", """
                    {"firstName": "Paul", "lastName": "Roux", "email": "%s", "phone": "06 11 22 33 44",
                     "communeInsee": "17300", "birthYear": 2020,
                     "postalAddress": {"street": "1 rue Haute", "postalCode": "17400", "city": "Saint-Jean"},
                     "consents": {"dataProcessing": true}}
                    """.formatted(uniqueEmail("paul")), 400);
            assertThat(young.get("errors").toString()).contains("birthYear", "postalAddress.postalCode", "16 ans");

            // Interview outcome: distance, pledge, kinds of help, modes, availability.
            JsonNode interview = post("/api/volunteers/" + id + "/interview", """
                    {"modes": ["SOMETIMES"], "maxDistanceKm": 0, "kindsOfHelp": ["SHOPPING", "COOKING"],
                     "availability": [{"day": "FUNDAY", "period": "NIGHT"}], "monthlyPledgeHours": 0}
                    """, 400);
            assertThat(interview.get("title").asString()).isEqualTo("Requête invalide");
            assertThat(interview.get("errors").toString()).contains("modes[0]", "maxDistanceKm", "kindsOfHelp[1]",
                    "availability[0].day", "availability[0].period", "monthlyPledgeHours", "doit être l’une des valeurs");
            assertThat(post("/api/volunteers/" + id + "/interview", perimeter().replace("\"maxDistanceKm\": 5",
                    "\"maxDistanceKm\": 5000"), 400).get("errors").get(0).get("message").asString())
                    .isEqualTo("doit être d’au plus 100 km");
            assertThat(post("/api/volunteers/" + id + "/interview", perimeter().replace("\"kindsOfHelp\": [\"SHOPPING\", \"VISITS\"]",
                    "\"kindsOfHelp\": []"), 400).get("errors").get(0).get("field").asString()).isEqualTo("kindsOfHelp");

            // Sessions: a past date, a bad link, no capacity.
            JsonNode session = post("/api/sessions", """
                    {"startsAt": "%s", "durationMinutes": 5, "videoLink": "http://visio", "capacity": 0}
                    """.formatted(now().minus(Duration.ofDays(1))), 400);
            assertThat(session.get("errors").toString()).contains("durationMinutes", "videoLink", "capacity");
            assertThat(post("/api/sessions", """
                    {"startsAt": "%s", "durationMinutes": 60, "videoLink": "https://visio.exemple.fr/x", "capacity": 5}
                    """.formatted(now().minus(Duration.ofDays(1))), 400).get("errors").get(0).get("field").asString())
                    .isEqualTo("startsAt");

            probe.awaitCaughtUp();
            assertThat(probe.records()).isEmpty();
        }
    }

    @Test
    void anOversizedBodyIsRefusedWith413AndPublishesNothing() {
        try (EventProbe probe = probe(Topics.VOLUNTEER_EVENTS.name())) {
            String huge = signUpBody("Claire", "x".repeat(80 * 1024), uniqueEmail("claire"), "17300", true);
            client.post().uri("/api/volunteers").contentType(MediaType.APPLICATION_JSON).body(huge)
                    .exchange()
                    .expectStatus().isEqualTo(413)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.title").isEqualTo("Requête trop volumineuse");
            probe.awaitCaughtUp();
            assertThat(probe.records()).isEmpty();
        }
    }

    /** The volunteer state carried by the event of {@code type} for the volunteer, validated against its schema. */
    private static JsonNode state(EventProbe probe, String type, String id) {
        CapturedRecord event = probe.await(type, id);
        EventSchemas.assertValid(event.type(), event.value());
        return json(event.value()).get("volunteer");
    }

    /** Waits until what the volunteer's earlier steps published has left the outbox. */
    private void awaitPublished(String id) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(id,
                org.bson.Document.class, "volunteers").getList("pendingEvents", Object.class, List.of()).isEmpty());
    }
}
