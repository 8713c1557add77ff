package fr.heurecivique.commune.needs;

import fr.heurecivique.commune.CommuneScenarios;
import fr.heurecivique.commune.Departement;
import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.match.MatchAccepted;
import fr.heurecivique.contracts.match.MatchCancelled;
import fr.heurecivique.contracts.match.MatchCompleted;
import fr.heurecivique.contracts.match.MatchNeed;
import fr.heurecivique.contracts.match.MatchProposed;
import fr.heurecivique.contracts.match.MatchState;
import fr.heurecivique.contracts.match.VolunteerMonth;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.EventSchemas;
import fr.heurecivique.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A referent of a partner commune records the needs of its residents and associations. */
abstract class NeedScenarios extends CommuneScenarios {

    /** Royan: a partner commune for these scenarios. */
    private static final String ROYAN = "17306";

    @Autowired
    Clock clock;
    @Autowired
    Needs needs;

    @AfterEach
    void realTime() {
        ((MutableClock) clock).reset();
    }

    @Test
    void aReferentPostsANeedForABeneficiaryAndNeedPostedCarriesItsStateButNoContactDetails() {
        ensurePartner(ROYAN);
        String referent = referentOf(ROYAN);
        String beneficiary = beneficiary(ROYAN, referent, "05 46 41 23 45", "12 rue des Mouettes", true);
        LocalDate tomorrow = LocalDate.now(Departement.ZONE).plusDays(1);
        try (EventProbe probe = probe(Topics.NEED_EVENTS.name())) {
            JsonNode need = json(client.post().uri("/api/communes/{insee}/needs", ROYAN)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(needFor(referent, beneficiary).replace("\"Courses du jeudi\"", "\" Courses du jeudi \""))
                    .exchange()
                    .expectStatus().isCreated()
                    .expectHeader().valueMatches("Location", "http://localhost:" + port + "/api/needs/[0-9a-f-]{36}")
                    .expectBody(String.class).returnResult().getResponseBody());

            String id = need.get("id").asString();
            assertThat(need.get("status").asString()).isEqualTo("OPEN");
            assertThat(need.get("title").asString()).isEqualTo("Courses du jeudi");
            assertThat(need.get("mode").asString()).isEqualTo("INDIVIDUAL");
            assertThat(need.get("beneficiaryId").asString()).isEqualTo(beneficiary);
            assertThat(need.get("place").get("kind").asString()).isEqualTo("BENEFICIARY_HOME");
            assertThat(need.get("place").get("locatedAtCommuneCentre").asBoolean()).isTrue();
            assertThat(need.get("latitude").asDouble()).isEqualTo(45.62811); // Royan's centre
            assertThat(need.get("when").get("type").asString()).isEqualTo("ONCE");
            assertThat(need.get("when").get("date").asString()).isEqualTo(tomorrow.toString());
            assertThat(need.get("durationMinutes").asInt()).isEqualTo(60);
            assertThat(need.get("volunteersNeeded").asInt()).isEqualTo(1);
            assertThat(need.get("urgency").asString()).isEqualTo("NORMAL");
            assertThat(need.get("postedBy").asString()).isEqualTo(referent);
            assertThat(need.toString()).doesNotContain("Mouettes", "+33546412345", "Dupuis");

            CapturedRecord event = probe.await(EventCatalog.NEED_POSTED.name(), id);
            EventSchemas.assertValid(event.type(), event.value());
            JsonNode state = json(event.value()).get("need");
            assertThat(state.get("communeInsee").asString()).isEqualTo(ROYAN);
            assertThat(state.get("kind").asString()).isEqualTo("SHOPPING");
            assertThat(state.get("mode").asString()).isEqualTo("INDIVIDUAL");
            assertThat(state.get("beneficiaryId").asString()).isEqualTo(beneficiary);
            assertThat(state.get("schedule").get("date").asString()).isEqualTo(tomorrow.toString());
            assertThat(state.get("durationMinutes").asInt()).isEqualTo(60);
            assertThat(event.value()).doesNotContain("Mouettes", "+33546412345", "05 46 41 23 45", "Jeanne",
                    "Dupuis", "Malentendante");

            client.get().uri("/api/needs/{id}", id).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.kind").isEqualTo("SHOPPING");
        }
    }

    @Test
    void anAssociationsNeedIsOrganisedWeeklyAndMayNeedManyVolunteers() {
        ensurePartner(ROYAN);
        String referent = referentOf(ROYAN);
        String association = association(ROYAN);
        LocalDate today = LocalDate.now(Departement.ZONE);
        try (EventProbe probe = probe(Topics.NEED_EVENTS.name())) {
            JsonNode need = post("/api/communes/" + ROYAN + "/needs", """
                    {"referentId": "%s", "associationId": "%s", "title": "Distribution alimentaire",
                     "kind": "EVENTS", "description": "Tenir un stand de distribution le samedi matin.",
                     "place": {"address": "Salle des fêtes, place de l’Église", "latitude": 45.6250, "longitude": -1.0290},
                     "when": {"daysOfWeek": ["SATURDAY"], "endDate": "%s", "startTime": "09:00", "endTime": "12:00"},
                     "durationMinutes": 180, "volunteersNeeded": 8, "urgency": "URGENT"}
                    """.formatted(referent, association, today.plusMonths(2)), 201);

            assertThat(need.get("mode").asString()).isEqualTo("ORGANISED");
            assertThat(need.get("associationName").asString()).isEqualTo("Banque alimentaire du quartier");
            assertThat(need.get("place").get("kind").asString()).isEqualTo("ADDRESS");
            assertThat(need.get("place").get("address").asString()).isEqualTo("Salle des fêtes, place de l’Église");
            assertThat(need.get("when").get("type").asString()).isEqualTo("WEEKLY");
            assertThat(need.get("when").get("startDate").asString()).isEqualTo(today.toString());

            CapturedRecord event = probe.await(EventCatalog.NEED_POSTED.name(), need.get("id").asString());
            EventSchemas.assertValid(event.type(), event.value());
            JsonNode state = json(event.value()).get("need");
            assertThat(state.get("volunteersNeeded").asInt()).isEqualTo(8);
            assertThat(state.get("urgency").asString()).isEqualTo("URGENT");
            assertThat(state.get("latitude").asDouble()).isEqualTo(45.6250);
            assertThat(state.get("schedule").get("daysOfWeek").get(0).asString()).isEqualTo("SATURDAY");
        }
    }

    @Test
    void aNeedCannotBePostedForACommuneThatIsNotAPartner() {
        try (EventProbe probe = probe(Topics.NEED_EVENTS.name())) {
            client.post().uri("/api/communes/17094/needs").contentType(MediaType.APPLICATION_JSON)
                    .body(needFor("someone", "someone"))
                    .exchange()
                    .expectStatus().isEqualTo(409)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").isEqualTo("La commune Châtelaillon-Plage n’est pas une commune "
                            + "partenaire (statut : « non partenaire ») : publier un besoin n’est possible que dans "
                            + "une commune partenaire.");
            probe.awaitCaughtUp();
            assertThat(probe.records()).noneMatch(record -> record.value().contains("\"communeInsee\":\"17094\""));
        }
    }

    @Test
    void badInputIsRefusedFieldByFieldAndPublishesNothing() {
        ensurePartner(ROYAN);
        String referent = referentOf(ROYAN);
        String beneficiary = beneficiary(ROYAN, referent, null, null, false);
        String valid = needFor(referent, beneficiary);
        try (EventProbe probe = probe(Topics.NEED_EVENTS.name())) {
            assertThat(fields(400, "{\"title\": \"\", \"kind\": \"COOKING\", \"durationMinutes\": 0}"))
                    .contains("referentId", "title", "kind", "description", "when", "durationMinutes");
            assertThat(fields(400, valid.replace("\"beneficiaryId\": \"" + beneficiary + "\",", "")))
                    .containsExactly("associationId", "beneficiaryId");
            assertThat(fields(400, valid.replace("\"" + LocalDate.now(Departement.ZONE).plusDays(1) + "\"",
                    "\"" + LocalDate.now(Departement.ZONE).minusDays(1) + "\""))).containsExactly("when.date");
            assertThat(fields(400, valid.replace("\"durationMinutes\": 60", "\"durationMinutes\": 0")))
                    .containsExactly("durationMinutes");
            assertThat(fields(400, valid.replace("\"durationMinutes\": 60", "\"durationMinutes\": 481")))
                    .containsExactly("durationMinutes");
            assertThat(fields(400, valid.replace("\"durationMinutes\": 60", "\"durationMinutes\": -30")))
                    .containsExactly("durationMinutes");
            assertThat(fields(400, valid.replace("\"SHOPPING\"", "\"COOKING\""))).containsExactly("kind");
            assertThat(fields(400, valid.replace("\"" + referent + "\"", "\"not-a-referent\"")))
                    .containsExactly("referentId");
            assertThat(fields(400, valid.replace("\"" + beneficiary + "\"", "\"not-a-beneficiary\"")))
                    .containsExactly("beneficiaryId");
            assertThat(fields(400, valid.replace("au marché.", "au marché, appeler le 06 12 34 56 78.")))
                    .containsExactly("description");
            client.post().uri("/api/communes/{insee}/needs", ROYAN).contentType(MediaType.APPLICATION_JSON)
                    .body(valid.replace("\"durationMinutes\": 60", "\"durationMinutes\": 481")
                            .replace("\"SHOPPING\"", "\"COOKING\""))
                    .exchange().expectStatus().isBadRequest()
                    .expectBody()
                    .jsonPath("$.errors[?(@.field == 'kind')].message").value(message -> assertThat(message.toString())
                            .contains("doit être un type d", "aide du catalogue"))
                    .jsonPath("$.errors[?(@.field == 'durationMinutes')].message").value(message ->
                            assertThat(message.toString()).contains("entre 1 et 480 minutes"));
            client.post().uri("/api/communes/99999/needs").contentType(MediaType.APPLICATION_JSON).body(valid)
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectBody().jsonPath("$.detail").value(detail ->
                            assertThat(detail.toString()).contains("code INSEE « 99999 »"));

            probe.awaitCaughtUp();
            // Other scenarios' events may still arrive; none is about this scenario's beneficiary.
            assertThat(probe.records()).noneMatch(record -> record.value().contains(beneficiary));
        }
    }

    @Test
    void aNeedIsChangedThenCancelledAndEachChangeIsPublished() {
        ensurePartner(ROYAN);
        String referent = referentOf(ROYAN);
        String id = post("/api/communes/" + ROYAN + "/needs", needFor(referent,
                beneficiary(ROYAN, referent, null, null, true)), 201).get("id").asString();
        try (EventProbe probe = probe(Topics.NEED_EVENTS.name())) {
            JsonNode changed = patch(id, "{\"title\": \"Courses du vendredi\", \"durationMinutes\": 90}", 200);
            assertThat(changed.get("title").asString()).isEqualTo("Courses du vendredi");
            assertThat(changed.get("kind").asString()).isEqualTo("SHOPPING");
            CapturedRecord updated = probe.await(EventCatalog.NEED_UPDATED.name(), id);
            EventSchemas.assertValid(updated.type(), updated.value());
            assertThat(json(updated.value()).get("need").get("durationMinutes").asInt()).isEqualTo(90);
            assertThat(json(updated.value()).get("need").get("version").asLong()).isEqualTo(1);
            patch(id, "{\"associationId\": \"another\"}", 400);
            patch(id, "{\"durationMinutes\": 500}", 400);

            JsonNode cancelled = post("/api/needs/" + id + "/cancel",
                    "{\"reason\": \"BENEFICIARY_UNAVAILABLE\", \"note\": \"Hospitalisée pour deux semaines\"}", 200);
            assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
            assertThat(cancelled.get("cancellation").get("note").asString()).isEqualTo("Hospitalisée pour deux semaines");
            CapturedRecord event = probe.await(EventCatalog.NEED_CANCELLED.name(), id);
            EventSchemas.assertValid(event.type(), event.value());
            JsonNode state = json(event.value()).get("need");
            assertThat(state.get("status").asString()).isEqualTo("CANCELLED");
            assertThat(state.get("cancellationReason").asString()).isEqualTo("BENEFICIARY_UNAVAILABLE");
            assertThat(event.value()).doesNotContain("Hospitalisée");

            client.post().uri("/api/needs/{id}/cancel", id).contentType(MediaType.APPLICATION_JSON)
                    .body("{\"reason\": \"NO_LONGER_NEEDED\"}").exchange()
                    .expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.detail").value(detail ->
                            assertThat(detail.toString()).contains("« annulé »"));
            patch(id, "{\"title\": \"Trop tard\"}", 409);
            post("/api/needs/" + id + "/cancel", "{\"reason\": \"BECAUSE\"}", 400);
            post("/api/needs/unknown/cancel", "{\"reason\": \"OTHER\", \"note\": \"x\"}", 404);
        }
    }

    @Test
    void listsTheNeedsOfACommuneByStatus() {
        ensurePartner(ROYAN);
        String referent = referentOf(ROYAN);
        String beneficiary = beneficiary(ROYAN, referent, null, null, true);
        String open = post("/api/communes/" + ROYAN + "/needs", needFor(referent, beneficiary), 201)
                .get("id").asString();
        String cancelled = post("/api/communes/" + ROYAN + "/needs", needFor(referent, beneficiary), 201)
                .get("id").asString();
        post("/api/needs/" + cancelled + "/cancel", "{\"reason\": \"RECORDED_BY_MISTAKE\"}", 200);

        assertThat(ids("/api/needs?commune=" + ROYAN + "&status=OPEN&size=100")).contains(open)
                .doesNotContain(cancelled);
        assertThat(ids("/api/needs?commune=" + ROYAN + "&status=CANCELLED&size=100")).contains(cancelled)
                .doesNotContain(open);
        assertThat(ids("/api/needs?commune=17094")).isEmpty();
        client.get().uri("/api/needs?status=FORGOTTEN").exchange().expectStatus().isBadRequest();
    }

    @Test
    void anOpenNeedWhoseDatePassedExpiresOnTheScheduledRun() {
        ensurePartner(ROYAN);
        String referent = referentOf(ROYAN);
        String id = post("/api/communes/" + ROYAN + "/needs", needFor(referent,
                beneficiary(ROYAN, referent, null, null, true)), 201).get("id").asString();
        try (EventProbe probe = probe(Topics.NEED_EVENTS.name())) {
            needs.expireOverdue();
            client.get().uri("/api/needs/{id}", id).exchange().expectBody().jsonPath("$.status").isEqualTo("OPEN");

            ((MutableClock) clock).advance(Duration.ofDays(3));
            assertThat(needs.expireOverdue()).isPositive();

            client.get().uri("/api/needs/{id}", id).exchange().expectBody().jsonPath("$.status").isEqualTo("EXPIRED");
            CapturedRecord expired = probe.await(EventCatalog.NEED_EXPIRED.name(), id);
            EventSchemas.assertValid(expired.type(), expired.value());
            assertThat(json(expired.value()).get("need").get("status").asString()).isEqualTo("EXPIRED");
            post("/api/needs/" + id + "/cancel", "{\"reason\": \"NO_LONGER_NEEDED\"}", 409);
        }
    }

    @Test
    void anUnknownNeedIsA404() {
        client.get().uri("/api/needs/unknown").exchange().expectStatus().isNotFound();
    }

    private List<String> fields(int status, String body) {
        JsonNode problem = post("/api/communes/" + ROYAN + "/needs", body, status);
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private JsonNode patch(String id, String body, int status) {
        return json(client.patch().uri("/api/needs/{id}", id).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isEqualTo(status).expectBody(String.class).returnResult()
                .getResponseBody());
    }

    private List<String> ids(String uri) {
        List<String> ids = new ArrayList<>();
        json(client.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody()).get("items").forEach(need -> ids.add(need.get("id").asString()));
        return ids;
    }

    @Test
    void aNeedFollowsItsMatchesFilledThenReopenedThenDoneAndIgnoresAnOlderReport() {
        ensurePartner(ROYAN);
        String referent = referentOf(ROYAN);
        String beneficiary = beneficiary(ROYAN, referent, "05 46 41 23 45", "12 rue des Mouettes", true);
        String id = post("/api/communes/" + ROYAN + "/needs", needFor(referent, beneficiary), 201).get("id")
                .asString();
        try (EventProbe probe = probe(Topics.NEED_EVENTS.name())) {
            publisher.publish(EventCatalog.MATCH_ACCEPTED, id, 3, new MatchAccepted(match(id, "ACCEPTED"),
                    summary(id, 3, true, false)));
            CapturedRecord filled = probe.await(EventCatalog.NEED_FILLED.name(), id);
            EventSchemas.assertValid(filled.type(), filled.value());
            assertThat(json(filled.value()).get("need").get("status").asString()).isEqualTo("IN_PROGRESS");

            // A late, older report (the proposal) changes nothing; a newer one (a cancellation) reopens it.
            publisher.publish(EventCatalog.MATCH_PROPOSED, id, 1, new MatchProposed(match(id, "PROPOSED"),
                    summary(id, 1, false, false)));
            publisher.publish(EventCatalog.MATCH_CANCELLED, id, 4, new MatchCancelled(match(id, "CANCELLED"),
                    summary(id, 4, false, false)));
            CapturedRecord reopened = probe.await(EventCatalog.NEED_REOPENED.name(), id);
            EventSchemas.assertValid(reopened.type(), reopened.value());

            publisher.publish(EventCatalog.MATCH_COMPLETED, id, 7, new MatchCompleted(match(id, "COMPLETED"),
                    summary(id, 7, true, true), new VolunteerMonth("2026-09", 60, 1)));
            CapturedRecord closed = probe.await(EventCatalog.NEED_CLOSED.name(), id);
            EventSchemas.assertValid(closed.type(), closed.value());
            probe.awaitCaughtUp();
            // (NeedPosted may reach the probe too: the relay publishes it asynchronously after the 201.)
            assertThat(probe.records()).filteredOn(record -> id.equals(record.key()))
                    .extracting(CapturedRecord::type).filteredOn(type -> !EventCatalog.NEED_POSTED.name().equals(type))
                    .containsExactly(EventCatalog.NEED_FILLED.name(),
                            EventCatalog.NEED_REOPENED.name(), EventCatalog.NEED_CLOSED.name());
        }
        assertThat(needs.get(id).status()).isEqualTo(NeedStatus.DONE);
    }

    private static MatchState match(String needId, String status) {
        java.time.Instant now = java.time.Instant.now();
        return new MatchState("m-" + needId, 1, needId, "v-1", status, "r-1", now, now.plusSeconds(3600), 2.5, null,
                null, null, null, null, null, now);
    }

    private static MatchNeed summary(String needId, long version, boolean full, boolean done) {
        return new MatchNeed(needId, "Courses du jeudi", "SHOPPING", "INDIVIDUAL", ROYAN, "Royan", "BENEFICIARY_HOME",
                "À Royan", null, null, null, 60, 1, full ? 1 : 0, done ? 1 : 0, full, done, version);
    }
}
