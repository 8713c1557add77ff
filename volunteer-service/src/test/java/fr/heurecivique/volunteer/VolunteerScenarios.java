package fr.heurecivique.volunteer;

import fr.heurecivique.referencedata.CharenteMaritimeCommunes;
import fr.heurecivique.referencedata.Commune;
import fr.heurecivique.testsupport.MutableClock;
import fr.heurecivique.testsupport.ServiceScenarios;
import fr.heurecivique.testsupport.TestTokens;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Base of volunteer-service's integration scenarios: one Spring context for all of them (same properties), and the
 * steps of the journey through the public API.
 */
@TestPropertySource(properties = {
        "heure-civique.roster.digest.check-interval=200ms",
        "heure-civique.rgpd.purge-interval=200ms",
})
public abstract class VolunteerScenarios extends ServiceScenarios {

    /** Communes no other scenario uses, so that rosters and digests only hold the scenario's volunteers. */
    private static final List<String> SPARE_COMMUNES = CharenteMaritimeCommunes.get().all().stream()
            .map(Commune::inseeCode).filter(code -> !List.of("17300", "17299", "17306").contains(code)).toList();
    private static final AtomicInteger NEXT_COMMUNE = new AtomicInteger();

    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    protected Clock clock;

    /** Onboarding and rosters are coordinators' work; scenarios of a volunteer acting use {@link #asVolunteer}. */
    @Override
    protected String defaultToken() {
        return TestTokens.coordinator();
    }

    /** A client of the volunteer {@code volunteerId} themselves. */
    protected RestTestClient asVolunteer(String volunteerId) {
        return as(TestTokens.volunteer(volunteerId));
    }

    @AfterEach
    void backToTheRealTime() {
        ((MutableClock) clock).reset();
    }

    protected static String spareCommune() {
        return SPARE_COMMUNES.get(NEXT_COMMUNE.getAndIncrement());
    }

    protected static String uniqueEmail(String name) {
        return name + "+" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
    }

    protected static String signUpBody(String firstName, String lastName, String email, String commune,
            boolean shareWithCommune) {
        return """
                {"firstName": "%s", "lastName": "%s", "email": "%s", "phone": "06 12 34 56 78",
                 "communeInsee": "%s", "partnerCode": "mutualia",
                 "consents": {"dataProcessing": true, "email": true, "sms": true, "shareWithCommune": %s}}
                """.formatted(firstName, lastName, email, commune, shareWithCommune);
    }

    /** Signs a volunteer up; returns their id. */
    protected String signUp(String firstName, String lastName, String commune, boolean shareWithCommune) {
        return json(client.post().uri("/api/volunteers").contentType(MediaType.APPLICATION_JSON)
                .body(signUpBody(firstName, lastName, uniqueEmail(firstName.toLowerCase()), commune, shareWithCommune))
                .exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody()).get("id").asString();
    }

    /** A coordinator publishes a session starting {@code in} from now; returns its id. */
    protected String publishSession(Duration in, int capacity) {
        return json(client.post().uri("/api/sessions").contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"title": "Visio de présentation", "startsAt": "%s", "durationMinutes": 60,
                         "videoLink": "https://visio.exemple.fr/presentation", "capacity": %d}
                        """.formatted(clock.instant().plus(in), capacity))
                .exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody()).get("id").asString();
    }

    protected JsonNode post(String uri, String body, int expectedStatus) {
        String response = client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isEqualTo(expectedStatus)
                .expectBody(String.class).returnResult().getResponseBody();
        return response == null ? null : json(response);
    }

    protected JsonNode get(String uri) {
        return json(client.get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    protected static String perimeter() {
        return """
                {"modes": ["INDIVIDUAL", "ORGANISED"], "maxDistanceKm": 5, "kindsOfHelp": ["SHOPPING", "VISITS"],
                 "availability": [{"day": "WEDNESDAY", "period": "AFTERNOON"}, {"day": "MONDAY", "period": "MORNING"}]}
                """;
    }

    /** Takes a volunteer through onboarding to ACTIVE (moves the clock past the session's start). */
    protected void activate(String volunteerId) {
        String session = publishSession(Duration.ofHours(1), 10);
        post("/api/sessions/" + session + "/bookings", "{\"volunteerId\": \"" + volunteerId + "\"}", 200);
        ((MutableClock) clock).advance(Duration.ofHours(2));
        post("/api/sessions/" + session + "/attendance", "{\"volunteerId\": \"" + volunteerId + "\"}", 200);
        post("/api/volunteers/" + volunteerId + "/interview", perimeter(), 200);
    }

    protected Instant now() {
        return clock.instant();
    }
}
