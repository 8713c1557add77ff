package fr.heurecivique.matching.matches;

import fr.heurecivique.contracts.CloudEventHeaders;
import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.need.NeedCancelled;
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
import fr.heurecivique.defaults.links.SignedLinks;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.EventSchemas;
import fr.heurecivique.testsupport.MutableClock;
import fr.heurecivique.testsupport.ServiceScenarios;
import fr.heurecivique.testsupport.TestEventPublisher;
import fr.heurecivique.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The matching engine through its API and its topics: suggestions from the volunteer and need events, the mise en
 * relation and its lifecycle, the hours ledger, erasure, the answer links. Each scenario works at a place of its own
 * (hundreds of km from the others'), so that scenarios sharing the service never see each other's volunteers.
 */
abstract class MatchingScenarios extends ServiceScenarios {

    /** These scenarios act as a coordinator (who may propose, answer for a volunteer and record outcomes). */
    @Override
    protected String defaultToken() {
        return TestTokens.coordinator();
    }

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final AtomicInteger PLACES = new AtomicInteger(new java.util.Random().nextInt(20));
    private static final List<String> DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY");

    @Autowired
    Clock clock;
    @Autowired
    SignedLinks links;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    /**
     * Every scenario starts on the first of next month at 8:00 (Paris), so that a mission ten days later, recorded
     * once it has started (issue 19), falls in the same month as the proposal whatever the day the tests run.
     */
    @org.junit.jupiter.api.BeforeEach
    void startOfNextMonth() {
        MutableClock mutable = (MutableClock) clock;
        mutable.reset();
        Instant base = LocalDate.ofInstant(clock.instant(), PARIS).withDayOfMonth(1).plusMonths(1).atTime(8, 0)
                .atZone(PARIS).toInstant();
        mutable.advance(Duration.between(clock.instant(), base));
    }

    @org.junit.jupiter.api.AfterEach
    void backToRealTime() {
        ((MutableClock) clock).reset();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PARIS);
    }

    /** Records the match's outcome once its mission has started (moving the clock there if needed). */
    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec complete(String match,
            Object body) {
        LocalDate date = LocalDate.parse(getJson("/api/matches/" + match).get("occurrence").asString());
        Instant started = date.atTime(14, 1).atZone(PARIS).toInstant();
        if (clock.instant().isBefore(started)) {
            ((MutableClock) clock).advance(Duration.between(clock.instant(), started));
        }
        return post("/api/matches/" + match + "/complete", body);
    }

    // ---------------------------------------------------------------------------------------------- ranking

    @Test
    void theInstanceIsReadyOnceItsVolunteerIndexHasReadTheTopicToItsEnd() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> client.get().uri("/actuator/health/readiness")
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP"));
    }

    @Test
    void aFarVolunteerIsNotSuggestedAndTheNearerWithFewerHoursRanksFirstWithTheReasons() {
        Place place = newPlace();
        String far = volunteer(place.east(30), List.of("INDIVIDUAL"), 10, 2);
        String busy = volunteer(place.east(6), List.of("INDIVIDUAL"), 15, 2);
        String near = volunteer(place.east(2), List.of("INDIVIDUAL"), 15, 2);
        // The busier one gave 30 minutes this month.
        String earlier = need(place, "INDIVIDUAL", 1);
        awaitSuggested(earlier, busy);
        String match = propose(earlier, busy);
        post("/api/matches/" + match + "/accept", Map.of()).expectStatus().isOk();
        complete(match, Map.of("actualMinutes", 30)).expectStatus().isOk();

        String need = need(place, "INDIVIDUAL", 1);
        List<JsonNode> suggestions = awaitSuggestions(need, 2);

        assertThat(ids(suggestions)).containsExactly(near, busy).doesNotContain(far);
        assertThat(suggestions.get(0).get("distanceKm").asDouble()).isBetween(1.9, 2.1);
        assertThat(codes(suggestions.get(0))).contains("NEAREST", "FEWEST_HOURS", "NO_HOURS_THIS_MONTH",
                "WITHIN_PERIMETER", "KIND_ACCEPTED", "MODE_FITS", "AVAILABLE", "PLEDGE_LEFT");
        assertThat(label(suggestions.get(0), "WITHIN_PERIMETER")).isEqualTo("À 2,0 km, dans son périmètre de 15 km");
        assertThat(label(suggestions.get(1), "PLEDGE_LEFT")).startsWith("30 min données ou promises ce mois-ci");
        assertThat(suggestions.get(1).get("minutesThisMonth").asInt()).isEqualTo(30);
        // Proposing the far volunteer anyway is refused, saying why.
        post("/api/matches", Map.of("needId", need, "volunteerId", far, "referentId", "ref-1"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").isEqualTo("Ce besoin est hors du périmètre d’action de ce "
                        + "bénévole.");
    }

    @Test
    void anOrganisedOnlyVolunteerIsNeverSuggestedForAResidentsNeedNorAnInactiveOne() {
        Place place = newPlace();
        String organised = volunteer(place.east(1), List.of("ORGANISED"), 10, 1);
        String both = volunteer(place.east(3), List.of("ORGANISED", "INDIVIDUAL"), 10, 1);
        String registered = UUID.randomUUID().toString();
        publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, registered, 0, new VolunteerRegistered(
                state(registered, 0, "REGISTERED", place.east(1), null)));

        String residents = need(place, "INDIVIDUAL", 1);
        String associations = need(place, "ORGANISED", 1);

        assertThat(ids(awaitSuggestions(associations, 2))).containsExactly(organised, both);
        assertThat(ids(awaitSuggestions(residents, 1))).containsExactly(both);
    }

    @Test
    void aVolunteerWhoGaveTheirPledgedHourIsNotSuggestedAgainUntilNextMonthUnlessTheirPledgeIsHigher() {
        Place place = newPlace();
        String oneHour = volunteer(place.east(1), List.of("INDIVIDUAL"), 10, 1);
        String twoHours = volunteer(place.east(2), List.of("INDIVIDUAL"), 10, 2);
        for (String volunteer : List.of(oneHour, twoHours)) {
            String need = need(place, "INDIVIDUAL", 1);
            awaitSuggested(need, volunteer);
            String match = propose(need, volunteer);
            post("/api/matches/" + match + "/accept", Map.of()).expectStatus().isOk();
            complete(match, Map.of("actualMinutes", 60)).expectStatus().isOk();
        }

        String next = need(place, "INDIVIDUAL", 1, today().plusDays(40));
        assertThat(ids(awaitSuggestions(next, 1))).containsExactly(twoHours);

        ((MutableClock) clock).advance(Duration.ofDays(32));
        assertThat(ids(suggestions(next, 10))).containsExactlyInAnyOrder(oneHour, twoHours);
    }

    @Test
    void aRedeliveredOrOlderVolunteerStateNeverOverwritesANewerOne() {
        Place place = newPlace();
        String id = UUID.randomUUID().toString();
        VolunteerInterviewed active = new VolunteerInterviewed(state(id, 4, "ACTIVE", place.east(1),
                perimeter(List.of("INDIVIDUAL"), 10, 1)));
        String eventId = UUID.randomUUID().toString();
        publisher.publish(EventCatalog.VOLUNTEER_INTERVIEWED, eventId, id, 4, active);
        publisher.publish(EventCatalog.VOLUNTEER_INTERVIEWED, eventId, id, 4, active);
        String older = publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, id, 1, new VolunteerRegistered(state(id,
                1, "REGISTERED", place.east(1), null)));
        String need = need(place, "INDIVIDUAL", 1);

        awaitSuggested(need, id);
        await().atMost(DEADLINE).until(() -> mongo.exists(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("eventId").is(older)), "processed_events"));
        assertThat(ids(suggestions(need, 10))).containsExactly(id);
        assertThat(mongo.count(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("eventId").is(eventId)),
                "processed_events")).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------- the lifecycle

    @Test
    void proposeAcceptCompleteSixtyMinutesThenTheHoursShowThemThisMonth() {
        Place place = newPlace();
        String volunteer = volunteer(place.east(1), List.of("INDIVIDUAL"), 10, 1);
        String need = need(place, "INDIVIDUAL", 1);
        awaitSuggested(need, volunteer);
        try (EventProbe matches = probe(Topics.MATCH_EVENTS.name())) {
            JsonNode proposed = json(post("/api/matches", Map.of("needId", need, "volunteerId", volunteer,
                    "referentId", "ref-1")).expectStatus().isCreated().expectBody(String.class).returnResult()
                    .getResponseBody());
            String match = proposed.get("matchId").asString();
            assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");
            assertThat(proposed.get("proposedBy").asString()).isEqualTo("ref-1");
            assertThat(Duration.between(Instant.parse(proposed.get("proposedAt").asString()),
                    Instant.parse(proposed.get("expiresAt").asString()))).isEqualTo(Duration.ofHours(72));

            post("/api/matches/" + match + "/accept", Map.of("volunteerId", volunteer)).expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("ACCEPTED").jsonPath("$.needFull").isEqualTo(true);
            // Illegal transitions are conflicts.
            post("/api/matches/" + match + "/accept", Map.of()).expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.detail").isEqualTo("Impossible d’accepter cette mise en relation : "
                            + "elle est acceptée.");
            // Not before the mission has started (issue 19): a French 409.
            post("/api/matches/" + match + "/complete", Map.of("actualMinutes", 60)).expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .startsWith("Cette mission commence le ").endsWith("qu’à partir de ce moment."));
            complete(match, Map.of()).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("actualMinutes");
            complete(match, Map.of("actualMinutes", 60)).expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("COMPLETED").jsonPath("$.actualMinutes").isEqualTo(60);

            JsonNode hours = getJson("/api/volunteers/" + volunteer + "/hours");
            assertThat(hours.get("minutesThisMonth").asInt()).isEqualTo(60);
            assertThat(hours.get("pledgeFulfilled").asBoolean()).isTrue();
            assertThat(hours.get("months").get(0).get("minutes").asInt()).isEqualTo(60);

            CapturedRecord completed = matches.await(EventCatalog.MATCH_COMPLETED.name(), need);
            EventSchemas.assertValid(completed.type(), completed.value());
            JsonNode data = json(completed.value());
            assertThat(data.get("volunteerMonth").get("minutes").asInt()).isEqualTo(60);
            assertThat(data.get("need").get("done").asBoolean()).isTrue();
            for (String type : List.of(EventCatalog.MATCH_PROPOSED.name(), EventCatalog.MATCH_ACCEPTED.name())) {
                CapturedRecord record = matches.await(type, need);
                EventSchemas.assertValid(type, record.value());
            }
            assertThat(json(matches.await(EventCatalog.MATCH_ACCEPTED.name(), need).value()).get("need")
                    .get("full").asBoolean()).isTrue();
        }
        // What the RGPD export gathers from matching (a service token): the mission and its minutes (issue 19).
        JsonNode held = json(as(TestTokens.service("volunteer-service")).get()
                .uri("/internal/volunteers/{id}/matches", volunteer).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(held.get("minutesGiven").asInt()).isEqualTo(60);
        assertThat(held.get("matches").get(0).get("needId").asString()).isEqualTo(need);
        assertThat(held.get("matches").get(0).get("actualMinutes").asInt()).isEqualTo(60);
        JsonNode figures = getJson("/api/stats");
        assertThat(figures.get("departement").get("minutesThisMonth").asInt()).isGreaterThanOrEqualTo(60);
        // Every figure is named (issue 19): the Département, the communes, the kinds of help, the partners.
        assertThat(figures.get("departement").get("code").asString()).isEqualTo("17");
        assertThat(figures.get("departement").get("name").asString()).isEqualTo("Charente-Maritime");
        assertThat(figures.get("communes").get(0).get("name").asString()).isEqualTo("La Rochelle");
        assertThat(elements(figures.get("kindsOfHelp").toString())).extracting(kind -> kind.get("name").asString())
                .contains("Courses et commissions");
        assertThat(elements(figures.get("partners").toString())).extracting(partner -> partner.get("name")
                .asString()).contains("Mutualia");
        assertThat(figures.toString()).doesNotContain(volunteer);
        // Month by month (staff): this month, the last of twelve, holds this month's minutes, per commune too.
        JsonNode monthly = getJson("/api/stats/months");
        assertThat(monthly.get("months")).hasSize(12);
        assertThat(monthly.get("departement").get("minutes").get(11).asInt())
                .isEqualTo(figures.get("departement").get("minutesThisMonth").asInt());
        assertThat(elements(monthly.get("communes").toString())).extracting(commune -> commune.get("name").asString())
                .contains("La Rochelle");
        assertThat(monthly.toString()).doesNotContain(volunteer);
    }

    @Test
    void aDeclinedVolunteerIsExcludedFromThatNeedsSuggestions() {
        Place place = newPlace();
        String volunteer = volunteer(place.east(1), List.of("INDIVIDUAL"), 10, 1);
        String need = need(place, "INDIVIDUAL", 1);
        awaitSuggested(need, volunteer);
        String match = propose(need, volunteer);
        assertThat(suggestions(need, 10)).isEmpty(); // proposed: not suggested twice
        assertThat(getJson("/api/needs/" + need + "/suggestions").get("notSuggestedBecause").asString())
                .isEqualTo("Tous les bénévoles qui pourraient venir ont déjà été proposés pour ce besoin (ou l’ont "
                        + "décliné).");

        post("/api/matches/" + match + "/decline", Map.of("reason", "TOO_FAR")).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("DECLINED").jsonPath("$.declineReason")
                .isEqualTo("TOO_FAR");

        assertThat(suggestions(need, 10)).isEmpty();
        awaitSuggested(need(place, "INDIVIDUAL", 1), volunteer); // only that need
        assertThat(elements(get("/api/matches?volunteerId=" + volunteer))).extracting(m -> m.get("status")
                .asString()).containsExactly("DECLINED");
        // The volunteer lists theirs without sending their id (issue 19): /api/matches/mine, or /api/matches alone.
        for (String path : List.of("/api/matches/mine", "/api/matches")) {
            String mine = as(TestTokens.volunteer(volunteer)).get().uri(path).exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(elements(mine)).extracting(m -> m.get("matchId").asString()).containsExactly(match);
        }
        as(TestTokens.referent("17300")).get().uri("/api/matches/mine").exchange().expectStatus().isForbidden();
        post("/api/matches/" + match + "/decline", Map.of("reason", "LATER")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
    }

    @Test
    void anUnansweredProposalExpiresAfterTheDelay() {
        Place place = newPlace();
        String volunteer = volunteer(place.east(1), List.of("INDIVIDUAL"), 10, 1);
        String need = need(place, "INDIVIDUAL", 1);
        awaitSuggested(need, volunteer);
        String match = propose(need, volunteer);
        MutableClock mutable = (MutableClock) clock;
        try (EventProbe matches = probe(Topics.MATCH_EVENTS.name())) {
            mutable.advance(Duration.ofHours(71));
            assertThat(getJson("/api/matches/" + match).get("status").asString()).isEqualTo("PROPOSED");
            mutable.advance(Duration.ofHours(2));
            await().atMost(DEADLINE).until(() -> "EXPIRED".equals(getJson("/api/matches/" + match).get("status")
                    .asString()));
            CapturedRecord expired = matches.await(EventCatalog.MATCH_EXPIRED.name(), need);
            EventSchemas.assertValid(expired.type(), expired.value());
            post("/api/matches/" + match + "/accept", Map.of()).expectStatus().isEqualTo(409);
        }
    }

    @Test
    void aNeedForSeveralVolunteersFillsOnceTwoAcceptedWithdrawsTheRestAndConcurrentAcceptsCannotOverfillIt()
            throws Exception {
        Place place = newPlace();
        String first = volunteer(place.east(1), List.of("INDIVIDUAL", "ORGANISED"), 10, 1);
        String second = volunteer(place.east(2), List.of("ORGANISED"), 10, 1);
        String third = volunteer(place.east(3), List.of("ORGANISED"), 10, 1);
        String need = need(place, "ORGANISED", 2);
        awaitSuggestions(need, 3);
        String a = propose(need, first);
        String b = propose(need, second);
        String c = propose(need, third);
        post("/api/matches/" + a + "/accept", Map.of()).expectStatus().isOk();

        try (EventProbe matches = probe(Topics.MATCH_EVENTS.name())) {
            // The last slot: two volunteers accept at the same moment.
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> answers = new ArrayList<>();
            for (String match : List.of(b, c)) {
                answers.add(pool.submit((Callable<Integer>) () -> {
                    start.await();
                    return post("/api/matches/" + match + "/accept", Map.of()).returnResult(String.class)
                            .getStatus().value();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            pool.shutdown();

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            List<JsonNode> all = elements(get("/api/needs/" + need + "/matches"));
            assertThat(all).extracting(m -> m.get("status").asString())
                    .containsExactlyInAnyOrder("ACCEPTED", "ACCEPTED", "WITHDRAWN");
            CapturedRecord withdrawn = matches.await(EventCatalog.MATCH_WITHDRAWN.name(), need);
            EventSchemas.assertValid(withdrawn.type(), withdrawn.value());
            assertThat(json(withdrawn.value()).get("match").get("cancellationReason").asString())
                    .isEqualTo("NEED_FULL");
        }
        JsonNode view = json(get("/api/needs/" + need + "/suggestions"));
        assertThat(view.get("suggestions")).isEmpty();
        assertThat(view.get("notSuggestedBecause").asString()).isEqualTo("Assez de bénévoles ont été mis en relation "
                + "avec ce besoin.");
        post("/api/matches", Map.of("needId", need, "volunteerId", third, "referentId", "r")).expectStatus()
                .isEqualTo(409);
    }

    @Test
    void aCancelledNeedCancelsItsPendingMatches() {
        Place place = newPlace();
        String proposedOne = volunteer(place.east(1), List.of("INDIVIDUAL"), 10, 1);
        String acceptedOne = volunteer(place.east(2), List.of("INDIVIDUAL"), 10, 1);
        String need = need(place, "INDIVIDUAL", 2);
        awaitSuggestions(need, 2);
        String proposed = propose(need, proposedOne);
        String accepted = propose(need, acceptedOne);
        post("/api/matches/" + accepted + "/accept", Map.of()).expectStatus().isOk();

        try (EventProbe matches = probe(Topics.MATCH_EVENTS.name())) {
            publisher.publish(EventCatalog.NEED_CANCELLED, need, 1, new NeedCancelled(needState(need, 1, place,
                    "INDIVIDUAL", 2, "CANCELLED", today().plusDays(10))));
            await().atMost(DEADLINE).untilAsserted(() -> assertThat(elements(get("/api/needs/" + need + "/matches")))
                    .allSatisfy(match -> {
                        assertThat(match.get("status").asString()).isEqualTo("CANCELLED");
                        assertThat(match.get("cancellationReason").asString()).isEqualTo("NEED_CANCELLED");
                        assertThat(match.get("cancelledBy").asString()).isEqualTo("SYSTEM");
                    }));
            CapturedRecord cancelled = matches.await(EventCatalog.MATCH_CANCELLED.name(), need);
            EventSchemas.assertValid(cancelled.type(), cancelled.value());
        }
        assertThat(json(get("/api/needs/" + need + "/suggestions")).get("needStatus").asString())
                .isEqualTo("CANCELLED");
        assertThat(proposed).isNotEqualTo(accepted);
    }

    @Test
    void anErasedVolunteerIsDroppedAndTheirMatchesAnonymisedWhileTheirHoursStayInTheFigures() {
        Place place = newPlace();
        String leaving = volunteer(place.east(1), List.of("INDIVIDUAL"), 10, 2);
        String given = need(place, "INDIVIDUAL", 1);
        awaitSuggested(given, leaving);
        String done = propose(given, leaving);
        post("/api/matches/" + done + "/accept", Map.of()).expectStatus().isOk();
        complete(done, Map.of("actualMinutes", 45)).expectStatus().isOk();
        String pendingNeed = need(place, "INDIVIDUAL", 1);
        awaitSuggested(pendingNeed, leaving);
        String pending = propose(pendingNeed, leaving);
        int before = getJson("/api/stats").get("departement").get("minutesThisYear").asInt();

        // As volunteer-service erases: VolunteerErased, then a tombstone.
        publisher.publish(EventCatalog.VOLUNTEER_ERASED, leaving, 9, new VolunteerErased(leaving, Instant.now()));
        Map<String, String> headers = new LinkedHashMap<>(TestEventPublisher.cloudEventHeaders("unused",
                UUID.randomUUID().toString(), leaving, 9));
        headers.remove(CloudEventHeaders.TYPE);
        headers.remove(CloudEventHeaders.CONTENT_TYPE);
        publisher.send(Topics.VOLUNTEER_EVENTS.name(), leaving, headers, null);

        await().atMost(DEADLINE).until(() -> getJson("/api/matches/" + done).get("volunteerId").isNull());
        JsonNode cancelled = getJson("/api/matches/" + pending);
        assertThat(cancelled.get("volunteerId").isNull()).isTrue();
        assertThat(cancelled.get("volunteerName").isNull()).isTrue();
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("cancellationReason").asString()).isEqualTo("VOLUNTEER_ERASED");
        assertThat(elements(get("/api/volunteers/" + leaving + "/matches"))).isEmpty();
        await().atMost(DEADLINE).until(() -> suggestions(need(place, "INDIVIDUAL", 1), 10).isEmpty()
                && client.get().uri("/api/volunteers/{id}/hours", leaving).exchange().returnResult(String.class)
                .getStatus().value() == 404);
        assertThat(getJson("/api/stats").get("departement").get("minutesThisYear").asInt()).isEqualTo(before);
    }

    @Test
    void unknownIdsAre404AndBadRequestsNameTheirFields() {
        client.get().uri("/api/needs/{id}/suggestions", UUID.randomUUID()).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.title").isEqualTo("Ressource introuvable");
        client.get().uri("/api/matches/{id}", UUID.randomUUID()).exchange().expectStatus().isNotFound();
        client.get().uri("/api/matches").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(2);
        post("/api/matches", Map.of("needId", "")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(2); // needId, volunteerId
        post("/api/matches", Map.of("needId", UUID.randomUUID().toString(), "volunteerId", "nobody",
                "referentId", "r")).expectStatus().isNotFound();
        Place place = newPlace();
        String need = need(place, "INDIVIDUAL", 1);
        await().atMost(DEADLINE).untilAsserted(() -> client.get()
                .uri("/api/needs/{id}/suggestions?limit=0", need).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit"));
    }

    // ------------------------------------------------------------------------------------------ answer links

    @Test
    void theAnswerLinksShowThePageWithoutChangingAnythingThenActOnceAndSayWhenTooLate() {
        Place place = newPlace();
        String volunteer = volunteer(place.east(1), List.of("INDIVIDUAL"), 10, 1);
        String other = volunteer(place.east(2), List.of("INDIVIDUAL"), 10, 1);
        String need = need(place, "INDIVIDUAL", 1);
        awaitSuggestions(need, 2);
        String match = propose(need, volunteer);
        String declined = propose(need, other);
        String accept = links.issue("match-accept", match, Duration.ofHours(72));

        String page = client.get().uri("/api/matches/answer?token={t}", accept).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("Accepter cette mission ?", "Courses du jeudi", "J’accepte cette mission");
        assertThat(getJson("/api/matches/" + match).get("status").asString()).isEqualTo("PROPOSED");

        assertThat(answer(accept, null, 200)).contains("Merci, vous avez accepté la mission");
        assertThat(getJson("/api/matches/" + match).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(answer(accept, null, 410)).contains("Ce lien a déjà été utilisé");

        // The need is full: the other proposal was withdrawn, its decline link says so.
        String decline = links.issue("match-decline", declined, Duration.ofHours(72));
        assertThat(client.get().uri("/api/matches/answer?token={t}", decline).exchange().expectStatus()
                .isEqualTo(409).expectBody(String.class).returnResult().getResponseBody())
                .contains("Cette proposition n’attend plus de réponse : elle est retirée, le besoin étant complet.");
        assertThat(answer("not-a-token", null, 410)).contains("Ce lien n’est pas valide");
    }

    @Test
    void theDeclineLinkRecordsTheReasonChosen() {
        Place place = newPlace();
        String volunteer = volunteer(place.east(1), List.of("INDIVIDUAL"), 10, 1);
        String need = need(place, "INDIVIDUAL", 1);
        awaitSuggested(need, volunteer);
        String match = propose(need, volunteer);
        String decline = links.issue("match-decline", match, Duration.ofHours(72));

        assertThat(client.get().uri("/api/matches/answer?token={t}", decline).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).contains("Décliner cette mission ?",
                "Trop loin");
        assertThat(answer(decline, "TOO_FAR", 200)).contains("Votre réponse est enregistrée");
        JsonNode declined = getJson("/api/matches/" + match);
        assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
        assertThat(declined.get("declineReason").asString()).isEqualTo("TOO_FAR");
    }

    // ----------------------------------------------------------------------------------------------- helpers

    /** A point, and points east of it at a distance. */
    record Place(double latitude, double longitude) {

        double[] east(double km) {
            return new double[] { latitude, longitude + km / (111.195 * Math.cos(Math.toRadians(latitude))) };
        }
    }

    /** A place of its own for a scenario: about 330 km from every other scenario's. */
    private static Place newPlace() {
        int n = PLACES.incrementAndGet();
        return new Place(-60 + (n % 40) * 3.0, -170 + (n / 40) * 6.0 + (n % 7) * 40.0);
    }

    private String volunteer(double[] at, List<String> modes, int maxDistanceKm, int pledgeHours) {
        String id = UUID.randomUUID().toString();
        publisher.publish(EventCatalog.VOLUNTEER_INTERVIEWED, id, 3, new VolunteerInterviewed(state(id, 3, "ACTIVE",
                at, perimeter(modes, maxDistanceKm, pledgeHours))));
        return id;
    }

    private static VolunteerPerimeter perimeter(List<String> modes, int maxDistanceKm, int pledgeHours) {
        List<VolunteerPerimeter.WeeklySlot> always = new ArrayList<>();
        DAYS.forEach(day -> List.of("MORNING", "AFTERNOON", "EVENING")
                .forEach(period -> always.add(new VolunteerPerimeter.WeeklySlot(day, period))));
        return new VolunteerPerimeter(modes, maxDistanceKm, List.of("SHOPPING", "EVENTS"), always, pledgeHours);
    }

    private static VolunteerState state(String id, long version, String status, double[] at,
            VolunteerPerimeter perimeter) {
        Instant registered = Instant.parse("2026-01-05T10:00:00Z");
        return new VolunteerState(id, version, status, "Claire", "Martin", "claire." + id + "@exemple.fr",
                "+33612345678", "17300", "MUTUALIA", new VolunteerConsents(true, true, true, true), registered,
                at[0], at[1], new VolunteerOnboarding("COMPLETED", "s1", registered, registered, registered),
                perimeter);
    }

    private String need(Place place, String mode, int volunteersNeeded) {
        return need(place, mode, volunteersNeeded, today().plusDays(10));
    }

    private String need(Place place, String mode, int volunteersNeeded, LocalDate date) {
        String id = UUID.randomUUID().toString();
        publisher.publish(EventCatalog.NEED_POSTED, id, 0, new NeedPosted(needState(id, 0, place, mode,
                volunteersNeeded, "OPEN", date)));
        return id;
    }

    private static NeedState needState(String id, long version, Place place, String mode, int volunteersNeeded,
            String status, LocalDate date) {
        boolean organised = "ORGANISED".equals(mode);
        return new NeedState(id, version, "17300", "Courses du jeudi", organised ? "EVENTS" : "SHOPPING",
                "Faire les courses", status, place.latitude(), place.longitude(), Instant.now(), mode,
                organised ? null : "b-" + id, organised ? "a-1" : null, organised ? "Les Restos" : null,
                organised ? "ADDRESS" : "BENEFICIARY_HOME", false,
                new NeedSchedule("ONCE", date, null, null, null, LocalTime.of(14, 0),
                        LocalTime.of(16, 0)), 60, volunteersNeeded, "NORMAL",
                "CANCELLED".equals(status) ? "NO_LONGER_NEEDED" : null, Instant.now());
    }

    private String propose(String need, String volunteer) {
        String body = post("/api/matches", Map.of("needId", need, "volunteerId", volunteer, "referentId", "ref-1"))
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        return json(body).get("matchId").asString();
    }

    private String answer(String token, String reason, int expectedStatus) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("token", token);
        if (reason != null) {
            form.add("reason", reason);
        }
        return client.post().uri("/api/matches/answer").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form).exchange().expectStatus().isEqualTo(expectedStatus).expectBody(String.class)
                .returnResult().getResponseBody();
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec post(String path, Object body) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private String get(String path) {
        return client.get().uri(path).exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
    }

    private JsonNode getJson(String path) {
        return json(get(path));
    }

    private void awaitSuggested(String need, String volunteer) {
        await().atMost(DEADLINE).until(() -> ids(suggestions(need, 50)).contains(volunteer));
    }

    private List<JsonNode> awaitSuggestions(String need, int expected) {
        return await().atMost(DEADLINE).until(() -> suggestions(need, 10), list -> list.size() == expected);
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

    private static List<String> ids(List<JsonNode> suggestions) {
        return suggestions.stream().map(s -> s.get("volunteerId").asString()).toList();
    }

    private static List<String> codes(JsonNode suggestion) {
        List<String> codes = new ArrayList<>();
        suggestion.get("reasons").forEach(reason -> codes.add(reason.get("code").asString()));
        return codes;
    }

    private static String label(JsonNode suggestion, String code) {
        for (JsonNode reason : suggestion.get("reasons")) {
            if (code.equals(reason.get("code").asString())) {
                return reason.get("label").asString();
            }
        }
        return null;
    }
}
