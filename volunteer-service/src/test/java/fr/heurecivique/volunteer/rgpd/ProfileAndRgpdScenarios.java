package fr.heurecivique.volunteer.rgpd;

import fr.heurecivique.contracts.CloudEventHeaders;
import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.EventSchemas;
import fr.heurecivique.volunteer.VolunteerScenarios;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Self-service profile, and the RGPD rights: export and erasure. */
public abstract class ProfileAndRgpdScenarios extends VolunteerScenarios {

    @Test
    void changingTheCommuneOrThePerimeterRepublishesTheStateAndAPrivateFieldDoesNot() {
        String id = signUp("Claire", "Martin", spareCommune(), true);
        activate(id);
        awaitPublished(id);
        try (EventProbe probe = probe(Topics.VOLUNTEER_EVENTS.name())) {
            JsonNode moved = patch(id, """
                    {"communeInsee": "17299", "perimeter": {"modes": ["INDIVIDUAL"], "maxDistanceKm": 12,
                     "kindsOfHelp": ["DIGITAL"], "availability": [{"day": "SATURDAY", "period": "MORNING"}],
                     "monthlyPledgeHours": 3}, "consents": {"sms": false}}
                    """, 200);
            assertThat(moved.get("communeName").asString()).isEqualTo("Rochefort");
            assertThat(moved.get("consents").get("sms").asBoolean()).isFalse();
            assertThat(moved.get("consents").get("email").asBoolean()).isTrue();
            CapturedRecord updated = probe.await(EventCatalog.VOLUNTEER_UPDATED.name(), id);
            EventSchemas.assertValid(updated.type(), updated.value());
            JsonNode data = json(updated.value());
            assertThat(data.get("changed").toString()).contains("communeInsee", "latitude", "perimeter", "consents");
            assertThat(data.get("volunteer").get("communeInsee").asString()).isEqualTo("17299");
            assertThat(data.get("volunteer").get("perimeter").get("monthlyPledgeHours").asInt()).isEqualTo(3);

            // The postal address and the year of birth are volunteer-service's alone: no event.
            JsonNode addressed = patch(id, """
                    {"postalAddress": {"street": "3 rue Audry de Puyravault", "postalCode": "17300", "city": "Rochefort"},
                     "birthYear": 1980}
                    """, 200);
            assertThat(addressed.get("postalAddress").get("street").asString()).startsWith("3 rue");
            JsonNode removed = patch(id, "{\"postalAddress\": null, \"birthYear\": null}", 200);
            assertThat(removed.get("postalAddress").isNull()).isTrue();
            assertThat(removed.get("birthYear").isNull()).isTrue();
            probe.awaitCaughtUp();
            assertThat(probe.records()).filteredOn(record -> id.equals(record.key())).hasSize(1);
        }
    }

    @Test
    void badOrConflictingProfileChangesAreRefusedAndPublishNothing() {
        String taken = uniqueEmail("pris");
        post("/api/volunteers", signUpBody("Alain", "Pris", taken, spareCommune(), true), 201);
        String id = signUp("Claire", "Martin", spareCommune(), true);
        awaitPublished(id);
        try (EventProbe probe = probe(Topics.VOLUNTEER_EVENTS.name())) {
            JsonNode bad = patch(id, """
                    {"firstName": " ", "phone": "01 45 67 89 00", "communeInsee": "75056",
                     "consents": {"dataProcessing": false}, "perimeter": {"modes": []}}
                    """, 400);
            assertThat(bad.get("errors").toString()).contains("firstName", "phone", "communeInsee",
                    "consents.dataProcessing", "perimeter.modes");
            assertThat(patch(id, "{\"email\": \"" + taken.toUpperCase() + "\"}", 409).get("detail").asString())
                    .startsWith("Une inscription existe déjà");
            // The perimeter is set by the interview first.
            assertThat(patch(id, "{\"perimeter\": " + perimeter() + "}", 409).get("detail").asString())
                    .contains("entretien");
            probe.awaitCaughtUp();
            assertThat(probe.records()).isEmpty();
        }
    }

    @Test
    void theExportHoldsEverythingAboutTheVolunteer() {
        String id = signUp("Claire", "Martin", spareCommune(), true);
        activate(id);
        asVolunteer(id).get().uri("/api/volunteers/{id}/export", id).exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("Content-Disposition", "attachment; filename=\".*\\.json\"")
                .expectBody()
                .jsonPath("$.volunteer.email").value(email -> assertThat((String) email).startsWith("claire+"))
                .jsonPath("$.volunteer.perimeter.kindsOfHelp[1]").isEqualTo("SHOPPING")
                .jsonPath("$.consentsUpdatedAt").exists()
                .jsonPath("$.history[*].what").value(steps -> assertThat(steps.toString()).contains("REGISTERED",
                        "SESSION_BOOKED", "SESSION_ATTENDED", "INTERVIEWED"))
                .jsonPath("$.sessions[0].present").isEqualTo(true)
                .jsonPath("$.controller").exists()
                // The other services do not run here: the export says which parts are missing (issue 19).
                .jsonPath("$.matches").isEmpty()
                .jsonPath("$.missing.length()").isEqualTo(3)
                .jsonPath("$.missing[0]").value(part -> assertThat((String) part)
                        .startsWith("les mises en relation et les heures données"));
    }

    @Test
    void anErasedVolunteerIsGoneEverywhereAfterVolunteerErasedAndATombstone() {
        String id = signUp("Claire", "Martin", spareCommune(), true);
        String session = publishSession(Duration.ofDays(3), 4);
        post("/api/sessions/" + session + "/bookings", "{\"volunteerId\": \"" + id + "\"}", 200);
        awaitPublished(id);
        try (EventProbe probe = probe(Topics.VOLUNTEER_EVENTS.name())) {
            asVolunteer(id).delete().uri("/api/volunteers/{id}", id).exchange().expectStatus().isNoContent();

            CapturedRecord erased = probe.await(EventCatalog.VOLUNTEER_ERASED.name(), id);
            EventSchemas.assertValid(erased.type(), erased.value());
            assertThat(json(erased.value()).propertyNames()).containsExactlyInAnyOrder("volunteerId", "erasedAt");
            CapturedRecord tombstone = probe.await(record -> id.equals(record.key()) && record.value() == null);
            assertThat(tombstone.offset()).isGreaterThan(erased.offset());
            assertThat(tombstone.eventId()).isNotEqualTo(erased.eventId());
            assertThat(tombstone.header(CloudEventHeaders.SUBJECT)).isEqualTo(id);

            client.get().uri("/api/volunteers/{id}", id).exchange().expectStatus().isNotFound();
            client.get().uri("/api/volunteers/{id}/export", id).exchange().expectStatus().isNotFound();
            client.delete().uri("/api/volunteers/{id}", id).exchange().expectStatus().isNotFound();
            post("/api/volunteers/" + id + "/pause", "", 404);
            // The session forgot them, and once both events are out the document itself is deleted.
            assertThat(get("/api/sessions/" + session).get("seatsLeft").asInt()).isEqualTo(4);
            assertThat(mongo.exists(org.springframework.data.mongodb.core.query.Query.query(
                    org.springframework.data.mongodb.core.query.Criteria.where("bookings").is(id)), "video_sessions"))
                    .isFalse();
            await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(id, Document.class, "volunteers") == null);
            probe.awaitCaughtUp();
            assertThat(probe.records()).filteredOn(record -> id.equals(record.key())).hasSize(2);
        }
    }

    private JsonNode patch(String id, String body, int status) {
        return json(asVolunteer(id).patch().uri("/api/volunteers/{id}", id).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isEqualTo(status)
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private void awaitPublished(String id) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(id, Document.class, "volunteers")
                .getList("pendingEvents", Object.class, List.of()).isEmpty());
    }
}
