package fr.heurecivique.commune.partnership;

import fr.heurecivique.commune.CommuneScenarios;
import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.EventSchemas;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A commune becomes a partner as the scheme runs it, each step an event, the history kept. */
abstract class PartnershipScenarios extends CommuneScenarios {

    @Test
    void theCoordinatorsPipelineListsTheCommunesAtEachStep() {
        String laFlotte = "/api/communes/17161";
        client.post().uri(laFlotte + "/partnership-requests").contentType(MediaType.APPLICATION_JSON)
                .body(partnershipRequest()).exchange().expectStatus().isCreated();
        assertThat(client.get().uri("/api/communes?status=REQUESTED&size=100").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).contains("\"17161\"");
        assertThat(client.get().uri("/api/communes?status=PARTNER&size=100").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).doesNotContain("\"17161\"");
        post(laFlotte + "/partnership/contact-call", "{\"recordedBy\": \"Sophie Bernard\"}", 200);
        assertThat(client.get().uri("/api/communes?status=CONTACTED&q=flotte").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).contains("\"17161\"");
        assertThat(client.get().uri("/api/communes?status=REQUESTED&size=100").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).doesNotContain("\"17161\"");
        client.get().uri("/api/communes?status=MAYBE").exchange().expectStatus().isBadRequest();
    }

    @Test
    void aCommuneGoesFromRequestToPartnerToSuspendedAndBackWithItsHistory() {
        String saintes = "/api/communes/17415";
        try (EventProbe probe = probe(Topics.COMMUNE_EVENTS.name())) {
            client.post().uri(saintes + "/partnership-requests").contentType(MediaType.APPLICATION_JSON)
                    .body(partnershipRequest())
                    .exchange()
                    .expectStatus().isCreated()
                    .expectHeader().valueEquals("Location", "http://localhost:" + port + saintes + "/partnership")
                    .expectBody()
                    .jsonPath("$.status").isEqualTo("REQUESTED")
                    .jsonPath("$.communeName").isEqualTo("Saintes")
                    .jsonPath("$.history").doesNotExist();
            post(saintes + "/partnership/contact-call",
                    "{\"recordedBy\": \"Sophie Bernard\", \"note\": \"Appel au maire, très intéressé\"}", 200);
            post(saintes + "/partnership/activation", activation(), 200);
            post(saintes + "/partnership/suspension",
                    "{\"recordedBy\": \"Luc Martin\", \"reason\": \"Plus de référent disponible\"}", 200);
            JsonNode partnership = post(saintes + "/partnership/reactivation",
                    "{\"recordedBy\": \"Luc Martin\", \"note\": \"Nouvelle référente nommée\"}", 200);

            assertThat(partnership.get("status").asString()).isEqualTo("PARTNER");
            assertThat(partnership.get("charterSignedOn").asString()).isNotBlank();
            List<String> steps = new ArrayList<>();
            partnership.get("history").forEach(step -> steps.add(step.get("from").asString() + "→"
                    + step.get("to").asString() + " by " + step.get("recordedBy").asString()));
            assertThat(steps).containsExactly(
                    "NONE→REQUESTED by Claire Dupont (Secrétaire de mairie)",
                    "REQUESTED→CONTACTED by Sophie Bernard",
                    "CONTACTED→PARTNER by Sophie Bernard",
                    "PARTNER→SUSPENDED by Luc Martin",
                    "SUSPENDED→PARTNER by Luc Martin");
            assertThat(partnership.get("history").get(3).get("note").asString())
                    .isEqualTo("Plus de référent disponible");
            assertThat(partnership.get("history").get(0).get("at").asString()).isNotBlank();

            // The history can be read again, and the commune shows its status publicly.
            JsonNode read = json(client.get().uri(saintes + "/partnership").exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody());
            assertThat(read.get("history")).hasSize(5);
            assertThat(read.get("contact").get("email").asString()).isEqualTo("mairie@exemple.fr");
            assertThat(read.get("contact").get("phone").asString()).isEqualTo("+33546412345");
            client.get().uri(saintes).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.partnershipStatus").isEqualTo("PARTNER")
                    .jsonPath("$.contact").doesNotExist();

            List<String> types = List.of(EventCatalog.COMMUNE_PARTNERSHIP_REQUESTED.name(),
                    EventCatalog.COMMUNE_PARTNERSHIP_CONTACTED.name(), EventCatalog.COMMUNE_PARTNERSHIP_ACTIVATED.name(),
                    EventCatalog.COMMUNE_PARTNERSHIP_SUSPENDED.name(),
                    EventCatalog.COMMUNE_PARTNERSHIP_REACTIVATED.name());
            long previousVersion = -1;
            for (String type : types) {
                CapturedRecord event = probe.await(type, "17415");
                EventSchemas.assertValid(event.type(), event.value());
                long version = json(event.value()).get("commune").get("version").asLong();
                assertThat(version).isGreaterThan(previousVersion);
                previousVersion = version;
            }
            JsonNode requested = json(probe.await(EventCatalog.COMMUNE_PARTNERSHIP_REQUESTED.name(), "17415").value());
            assertThat(requested.get("contact").get("email").asString()).isEqualTo("mairie@exemple.fr");
            JsonNode suspended = json(probe.await(EventCatalog.COMMUNE_PARTNERSHIP_SUSPENDED.name(), "17415").value());
            assertThat(suspended.get("commune").get("partnershipStatus").asString()).isEqualTo("SUSPENDED");
            assertThat(suspended.get("transition").get("note").asString()).isEqualTo("Plus de référent disponible");
        }
    }

    @Test
    void anIllegalTransitionIsAConflictInFrenchAndPublishesNothing() {
        String saujon = "/api/communes/17421";
        try (EventProbe probe = probe(Topics.COMMUNE_EVENTS.name())) {
            post(saujon + "/partnership-requests", partnershipRequest(), 201);
            probe.await(EventCatalog.COMMUNE_PARTNERSHIP_REQUESTED.name(), "17421");

            client.post().uri(saujon + "/partnership/activation").contentType(MediaType.APPLICATION_JSON)
                    .body(activation())
                    .exchange()
                    .expectStatus().isEqualTo(409)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").isEqualTo("Impossible d’activer le partenariat : la commune "
                            + "Saujon est « demande reçue » ; il faut qu’elle soit « contactée ».");
            post(saujon + "/partnership/suspension", "{\"recordedBy\": \"Luc\", \"reason\": \"Essai\"}", 409);
            post(saujon + "/partnership/reactivation", "{\"recordedBy\": \"Luc\"}", 409);
            post(saujon + "/partnership-requests", partnershipRequest(), 409);

            probe.awaitCaughtUp();
            assertThat(probe.records()).filteredOn(record -> "17421".equals(record.key()))
                    .extracting(CapturedRecord::type)
                    .containsExactly(EventCatalog.COMMUNE_PARTNERSHIP_REQUESTED.name());
        }
        client.get().uri(saujon + "/partnership").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("REQUESTED").jsonPath("$.history.length()").isEqualTo(1);
    }

    @Test
    void aRequestWithBadFieldsIsRefusedFieldByFieldAndAnUnknownCommuneIs404() {
        client.post().uri("/api/communes/17434/partnership-requests").contentType(MediaType.APPLICATION_JSON)
                .body("{\"firstName\": \"Claire\", \"email\": \"mairie@\", \"phone\": \"12\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString())
                        .contains("lastName", "role", "email", "phone"));
        post("/api/communes/17434/partnership/activation", "{\"recordedBy\": \"Sophie\"}", 400);
        post("/api/communes/99999/partnership-requests", partnershipRequest(), 404);
        client.get().uri("/api/communes/17434").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.partnershipStatus").isEqualTo("NONE");
    }
}
