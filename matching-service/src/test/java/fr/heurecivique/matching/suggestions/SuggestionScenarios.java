package fr.heurecivique.matching.suggestions;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.need.NeedCancelled;
import fr.heurecivique.contracts.need.NeedExpired;
import fr.heurecivique.contracts.need.NeedPosted;
import fr.heurecivique.contracts.need.NeedSchedule;
import fr.heurecivique.contracts.need.NeedState;
import fr.heurecivique.contracts.volunteer.VolunteerConsents;
import fr.heurecivique.contracts.volunteer.VolunteerErased;
import fr.heurecivique.contracts.volunteer.VolunteerInterviewed;
import fr.heurecivique.contracts.volunteer.VolunteerOnboarding;
import fr.heurecivique.contracts.volunteer.VolunteerPerimeter;
import fr.heurecivique.contracts.volunteer.VolunteerRegistered;
import fr.heurecivique.contracts.volunteer.VolunteerState;
import fr.heurecivique.testsupport.ServiceScenarios;
import fr.heurecivique.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * matching-service keeps its read models from the volunteer and need events and answers suggestions from them.
 */
abstract class SuggestionScenarios extends ServiceScenarios {

    private static final Instant START = Instant.parse("2026-09-01T08:00:00Z");
    /** Fictitious commune codes, one per scenario, so that scenarios do not see each other's volunteers. */
    private static final AtomicInteger COMMUNES = new AtomicInteger(90_000 + new java.util.Random().nextInt(5_000));

    @Autowired
    MongoTemplate mongo;

    @Test
    void suggestsTheVolunteersOfTheNeedsCommuneActiveFirstThenTheLongestWaiting() {
        String commune = uniqueCommune();
        String early = volunteer(commune, "REGISTERED", 0, START);
        String active = volunteer(commune, "ACTIVE", 3, START.plusSeconds(3600));
        String late = volunteer(commune, "REGISTERED", 0, START.plusSeconds(7200));
        volunteer(commune, "PAUSED", 5, START);
        volunteer(uniqueCommune(), "ACTIVE", 2, START);
        String need = need(commune);

        List<JsonNode> suggestions = awaitSuggestions(need, 3, 10);

        assertThat(suggestions).extracting(s -> s.get("volunteerId").asString()).containsExactly(active, early, late);
        assertThat(suggestions.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(suggestions.get(0).get("displayName").asString()).isEqualTo("Claire M.");
        assertThat(codes(suggestions.get(0))).containsExactly("SAME_COMMUNE", "ACTIVE", "WAITED_LONGEST");
        assertThat(view(need).get("needStatus").asString()).isEqualTo("OPEN");
        assertThat(view(need).get("notSuggestedBecause").isNull()).isTrue();
        assertThat(codes(suggestions.get(1))).containsExactly("SAME_COMMUNE", "ONBOARDING_PENDING");
        assertThat(suggestions.get(1).get("reasons").get(1).get("label").asString())
                .startsWith("Inscription en cours");
        assertThat(awaitSuggestions(need, 2, 2)).hasSize(2);
    }

    @Test
    void aRedeliveredEventIsAppliedOnceAndAnOlderStateNeverOverwritesANewerOne() {
        String commune = uniqueCommune();
        String id = UUID.randomUUID().toString();
        String activeEventId = UUID.randomUUID().toString();
        publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, activeEventId, id, 4, registered(id, commune, "ACTIVE", 4, START));
        publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, activeEventId, id, 4, registered(id, commune, "ACTIVE", 4, START));
        // An older state arriving late (a replay, a lagging producer) must not roll the profile back.
        String olderEventId = publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, id, 1,
                registered(id, commune, "REGISTERED", 1, START));
        String need = need(commune);

        List<JsonNode> suggestions = awaitSuggestions(need, 1, 10);
        // Same partition, in order: once the older event is handled, the redelivery was handled before it.
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.count(
                Query.query(Criteria.where("eventId").is(olderEventId)), "processed_events") == 1);
        suggestions = suggestions(need, 10);

        assertThat(suggestions.get(0).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(mongo.count(Query.query(Criteria.where("eventId").is(activeEventId)), "processed_events"))
                .isEqualTo(1);
        assertThat(mongo.findById(id, org.bson.Document.class, "volunteer_profiles").get("version")).isEqualTo(4L);
    }

    @Test
    void anErasedVolunteerIsNoLongerSuggested() {
        String commune = uniqueCommune();
        String staying = volunteer(commune, "ACTIVE", 1, START);
        String leaving = volunteer(commune, "ACTIVE", 1, START.plusSeconds(60));
        String need = need(commune);
        awaitSuggestions(need, 2, 10);

        publisher.send(Topics.VOLUNTEER_EVENTS.name(), leaving, Map.of(), null); // tombstone

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(suggestions(need, 10))
                .extracting(s -> s.get("volunteerId").asString()).containsExactly(staying));
        assertThat(mongo.findById(leaving, org.bson.Document.class, "volunteer_profiles")).isNull();
    }

    @Test
    void keepsThePerimeterOfAnInterviewedVolunteerAndDropsThemOnErasure() {
        String commune = uniqueCommune();
        String id = UUID.randomUUID().toString();
        VolunteerState registered = registered(id, commune, "REGISTERED", 0, START).volunteer();
        VolunteerPerimeter perimeter = new VolunteerPerimeter(List.of("INDIVIDUAL"), 8, List.of("SHOPPING", "LIFTS"),
                List.of(new VolunteerPerimeter.WeeklySlot("MONDAY", "MORNING")), 2);
        publisher.publish(EventCatalog.VOLUNTEER_INTERVIEWED, id, 5, new VolunteerInterviewed(new VolunteerState(id, 5,
                "ACTIVE", "Claire", "Martin", registered.email(), registered.phone(), commune, null,
                registered.consents(), START, 46.16, -1.15,
                new VolunteerOnboarding("COMPLETED", "s1", START, START, START), perimeter)));
        String need = need(commune);
        awaitSuggestions(need, 1, 10);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            org.bson.Document stored = mongo.findById(id, org.bson.Document.class, "volunteer_profiles");
            assertThat(stored.get("perimeter", org.bson.Document.class).getInteger("maxDistanceKm")).isEqualTo(8);
            assertThat(stored.getDouble("latitude")).isEqualTo(46.16);
        });

        // As volunteer-service erases: VolunteerErased (no state), then a tombstone with its own ce_id.
        publisher.publish(EventCatalog.VOLUNTEER_ERASED, id, 6, new VolunteerErased(id, START));
        Map<String, String> headers = new java.util.LinkedHashMap<>(fr.heurecivique.testsupport.TestEventPublisher
                .cloudEventHeaders("unused", UUID.randomUUID().toString(), id, 6));
        headers.remove(fr.heurecivique.contracts.CloudEventHeaders.TYPE);
        headers.remove(fr.heurecivique.contracts.CloudEventHeaders.CONTENT_TYPE);
        publisher.send(Topics.VOLUNTEER_EVENTS.name(), id, headers, null);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                mongo.findById(id, org.bson.Document.class, "volunteer_profiles") == null);
        assertThat(suggestions(need, 10)).isEmpty();
    }

    @Test
    void aCancelledNeedDisappearsFromSuggestionsAndAStaleStateDoesNotBringItBack() {
        String commune = uniqueCommune();
        volunteer(commune, "ACTIVE", 1, START);
        String need = need(commune);
        awaitSuggestions(need, 1, 10);

        publisher.publish(EventCatalog.NEED_CANCELLED, need, 1, new NeedCancelled(needState(need, 1, commune,
                "CANCELLED")));

        JsonNode view = await().atMost(Duration.ofSeconds(30)).until(() -> view(need),
                body -> "CANCELLED".equals(body.get("needStatus").asString()));
        assertThat(view.get("suggestions")).isEmpty();
        assertThat(view.get("notSuggestedBecause").asString()).isEqualTo("Ce besoin a été annulé : aucun bénévole "
                + "n’est plus proposé.");
        // The posted state arriving again (a replay) must not reopen it.
        String replay = publisher.publish(EventCatalog.NEED_POSTED, need, 0, new NeedPosted(needState(need, 0,
                commune, "OPEN")));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.count(
                Query.query(Criteria.where("eventId").is(replay)), "processed_events") == 1);
        assertThat(view(need).get("needStatus").asString()).isEqualTo("CANCELLED");
        assertThat(suggestions(need, 10)).isEmpty();
    }

    @Test
    void anExpiredNeedGetsNoSuggestionEither() {
        String commune = uniqueCommune();
        volunteer(commune, "ACTIVE", 1, START);
        String need = need(commune);
        awaitSuggestions(need, 1, 10);

        publisher.publish(EventCatalog.NEED_EXPIRED, need, 1, new NeedExpired(needState(need, 1, commune,
                "EXPIRED")));

        JsonNode view = await().atMost(Duration.ofSeconds(30)).until(() -> view(need),
                body -> "EXPIRED".equals(body.get("needStatus").asString()));
        assertThat(view.get("suggestions")).isEmpty();
        assertThat(view.get("notSuggestedBecause").asString()).startsWith("La date de ce besoin est passée");
    }

    @Test
    void anUnknownNeedIsA404AndABadLimitA400() {
        client.get().uri("/api/needs/{id}/suggestions", UUID.randomUUID()).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.title").isEqualTo("Ressource introuvable");
        String need = need(uniqueCommune());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> client.get()
                .uri("/api/needs/{id}/suggestions?limit=0", need).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit"));
    }

    /** Suggestions are read by referents and coordinators; the communes here are fictitious. */
    @Override
    protected String defaultToken() {
        return TestTokens.coordinator();
    }

    private String volunteer(String commune, String status, long version, Instant registeredAt) {
        String id = UUID.randomUUID().toString();
        publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, id, version, registered(id, commune, status, version,
                registeredAt));
        return id;
    }

    private static VolunteerRegistered registered(String id, String commune, String status, long version,
            Instant registeredAt) {
        return new VolunteerRegistered(new VolunteerState(id, version, status, "Claire", "Martin",
                "claire." + id + "@exemple.fr", "+33612345678", commune, null,
                new VolunteerConsents(true, true, true, true), registeredAt));
    }

    private String need(String commune) {
        String id = UUID.randomUUID().toString();
        publisher.publish(EventCatalog.NEED_POSTED, id, 0, new NeedPosted(needState(id, 0, commune, "OPEN")));
        return id;
    }

    private static NeedState needState(String id, long version, String commune, String status) {
        return new NeedState(id, version, commune, "Courses du jeudi", "SHOPPING", "Faire les courses", status, 46.16,
                -1.15, START, "INDIVIDUAL", "b-" + id, null, null, "BENEFICIARY_HOME", true,
                new NeedSchedule("ONCE", LocalDate.parse("2026-09-03"), null, null, null, LocalTime.of(14, 0),
                        LocalTime.of(16, 0)), 60, 1, "NORMAL", "CANCELLED".equals(status) ? "NO_LONGER_NEEDED" : null,
                START);
    }

    private List<JsonNode> awaitSuggestions(String need, int expected, int limit) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> suggestions(need, limit),
                suggestions -> suggestions.size() == expected);
    }

    private List<JsonNode> suggestions(String need, int limit) {
        var result = client.get().uri("/api/needs/{id}/suggestions?limit={limit}", need, limit).exchange()
                .returnResult(String.class);
        if (result.getStatus().value() != 200) {
            return List.of();
        }
        List<JsonNode> list = new ArrayList<>();
        json(result.getResponseBody()).get("suggestions").forEach(list::add);
        return list;
    }

    private JsonNode view(String need) {
        var result = client.get().uri("/api/needs/{id}/suggestions", need).exchange().returnResult(String.class);
        return result.getStatus().value() == 200 ? json(result.getResponseBody()) : JSON.createObjectNode();
    }

    private static List<String> codes(JsonNode suggestion) {
        List<String> codes = new ArrayList<>();
        suggestion.get("reasons").forEach(reason -> codes.add(reason.get("code").asString()));
        return codes;
    }

    private static String uniqueCommune() {
        return String.valueOf(COMMUNES.incrementAndGet());
    }
}
