package fr.heurecivique.volunteer.instances;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.MutableClock;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import fr.heurecivique.testsupport.TestTokens;
import fr.heurecivique.volunteer.VolunteerScenarios;
import fr.heurecivique.volunteer.VolunteerServiceApplication;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of volunteer-service on the same database and broker, as a scaled-out deployment runs them: each
 * serves requests, each runs an outbox relay and the roster digest job; every event is published exactly once.
 */
@PlatformIntegrationTest
class TwoInstancesIT extends VolunteerScenarios {

    private static ConfigurableApplicationContext second;
    private static RestTestClient secondClient;

    @Autowired
    Environment environment;

    @BeforeEach
    void startTheSecondInstance() {
        if (second == null) {
            second = new SpringApplicationBuilder(VolunteerServiceApplication.class)
                    // The same clock, so that both see a digest fall due at the same moment.
                    .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                    // Arguments, which win over the platform's defaults (as the launcher's environment does).
                    .run("--server.port=0",
                            "--spring.mongodb.uri=" + Objects.requireNonNull(environment.getProperty("spring.mongodb.uri")),
                            "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                            "--heure-civique.kafka.partitions=3",
                            "--heure-civique.links.secret=" + environment.getProperty("heure-civique.links.secret"),
                            "--heure-civique.outbox.poll-interval=200ms",
                            "--heure-civique.security.jwk-set-uri=" + TestTokens.jwkSetUri(),
                            "--heure-civique.security.issuer=" + TestTokens.ISSUER,
                            "--heure-civique.roster.digest.check-interval=200ms",
                            "--heure-civique.rgpd.purge-interval=200ms");
            secondClient = RestTestClient.bindToServer()
                    .baseUrl("http://localhost:" + second.getEnvironment().getProperty("local.server.port"))
                    .defaultHeader("Authorization", "Bearer " + TestTokens.coordinator()).build();
        }
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    @Test
    void twoInstancesPublishEachEventOfTheJourneyExactlyOnce() {
        String commune = spareCommune();
        String session = publishSession(Duration.ofDays(2), 50);
        try (EventProbe probe = probe(Topics.VOLUNTEER_EVENTS.name())) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                // Each step on either instance, as a load balancer would spread them.
                RestTestClient one = i % 2 == 0 ? client : secondClient;
                RestTestClient other = i % 2 == 0 ? secondClient : client;
                String id = json(one.post().uri("/api/volunteers").contentType(MediaType.APPLICATION_JSON)
                        .body(signUpBody("Claire", "Martin" + i, uniqueEmail("claire"), commune, true))
                        .exchange().expectStatus().isCreated()
                        .expectBody(String.class).returnResult().getResponseBody()).get("id").asString();
                other.post().uri("/api/sessions/{id}/bookings", session).contentType(MediaType.APPLICATION_JSON)
                        .body("{\"volunteerId\": \"" + id + "\"}").exchange().expectStatus().isOk();
                one.patch().uri("/api/volunteers/{id}", id).contentType(MediaType.APPLICATION_JSON)
                        .body("{\"consents\": {\"sms\": false}}").exchange().expectStatus().isOk();
                other.post().uri("/api/volunteers/{id}/withdraw", id).exchange().expectStatus().isOk();
                ids.add(id);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().allMatch(this::published));
            probe.awaitCaughtUp();

            List<CapturedRecord> ours = probe.records().stream().filter(record -> ids.contains(record.key())).toList();
            assertThat(ours).hasSize(ids.size() * 4);
            assertThat(ours).extracting(CapturedRecord::eventId).doesNotHaveDuplicates();
            Map<String, List<String>> types = ours.stream().collect(Collectors.groupingBy(CapturedRecord::key,
                    Collectors.mapping(CapturedRecord::type, Collectors.toList())));
            assertThat(types).hasSize(ids.size()).allSatisfy((id, sequence) -> assertThat(sequence).containsExactly(
                    EventCatalog.VOLUNTEER_REGISTERED.name(), EventCatalog.VOLUNTEER_SESSION_BOOKED.name(),
                    EventCatalog.VOLUNTEER_UPDATED.name(), EventCatalog.VOLUNTEER_WITHDRAWN.name()));
        }
        assertThat(get("/api/sessions/" + session).get("seatsLeft").asInt()).isEqualTo(50);
    }

    @Test
    void twoInstancesPublishOneDigestPerCommune() {
        String commune = spareCommune();
        signUp("Claire", "Martin", commune, true);
        Document schedule = await().atMost(Duration.ofSeconds(30)).until(() ->
                mongo.findById("roster-digest", Document.class, "roster_digest_schedule"), Objects::nonNull);
        Instant due = schedule.getDate("nextAt").toInstant();
        try (EventProbe probe = probe(Topics.ROSTER_EVENTS.name())) {
            ((MutableClock) clock).advance(Duration.between(now(), due).plusMinutes(1));
            probe.await(EventCatalog.ROSTER_DIGEST_PUBLISHED.name(), commune);
            // Both instances checked meanwhile; the next digest is a month away.
            await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("roster-digest", Document.class,
                    "roster_digest_schedule").getDate("nextAt").toInstant().isAfter(now()));
            await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findAll(Document.class, "roster_digests")
                    .stream().allMatch(snapshot -> snapshot.getList("pendingEvents", Object.class, List.of()).isEmpty()));
            probe.awaitCaughtUp();
            Map<String, Long> perCommune = probe.records().stream()
                    .collect(Collectors.groupingBy(CapturedRecord::key, Collectors.counting()));
            assertThat(perCommune).containsEntry(commune, 1L).allSatisfy((insee, count) -> assertThat(count).isOne());
        }
    }

    private boolean published(String id) {
        Document stored = mongo.findById(id, Document.class, "volunteers");
        return stored != null && stored.getList("pendingEvents", Object.class, List.of()).isEmpty();
    }
}
