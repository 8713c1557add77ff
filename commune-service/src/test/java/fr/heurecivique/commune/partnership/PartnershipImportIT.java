package fr.heurecivique.commune.partnership;

import fr.heurecivique.commune.CommuneScenarios;
import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/communes/partnership-imports}: partner communes from a spreadsheet through the partnership's steps
 * and events, idempotent; and {@code GET /api/communes/map}. Communes no other scenario uses: Annepont (17011),
 * Annezay (17012).
 */
@PlatformIntegrationTest
class PartnershipImportIT extends CommuneScenarios {

    private static String row(int line, String insee, String name, String phone, String charter) {
        return """
                {"line": %d, "inseeCode": "%s", "name": "%s", "contactFirstName": "Anne", "contactLastName": "Morel",
                 "contactRole": "Secrétaire de mairie", "contactEmail": "mairie.%s@exemple.fr",
                 "contactPhone": "%s", "charterSignedOn": %s}
                """.formatted(line, insee, name, insee, phone, charter == null ? "null" : "\"" + charter + "\"");
    }

    private JsonNode importRows(boolean dryRun, String... rows) {
        return json(client.post().uri("/api/communes/partnership-imports").contentType(MediaType.APPLICATION_JSON)
                .body("{\"dryRun\": " + dryRun + ", \"recordedBy\": \"Import du Département\", \"rows\": ["
                        + String.join(",", rows) + "]}")
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    private String status(String insee) {
        return json(client.get().uri("/api/communes/" + insee).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).get("partnershipStatus").asString();
    }

    @Test
    void partnerCommunesAreImportedThroughTheirStepsOnceOnly() {
        String[] rows = {
                row(2, "17011", "Annepont", "05 46 00 00 00", "2026-01-15"),
                row(3, "99999", "Nulle part", "05 46 00 00 00", "2026-01-15"),
                row(4, "17012", "Annezay", "pas un numéro", "2026-01-15"),
                row(5, "17012", "Saintes", "05 46 00 00 00", null),
                row(6, "17011", "Annepont", "05 46 00 00 00", "2026-01-15") };

        JsonNode dry = importRows(true, rows);
        assertThat(dry.get("created").asInt()).isEqualTo(1);
        assertThat(dry.get("invalid").asInt()).isEqualTo(4);
        JsonNode lines = dry.get("lines");
        assertThat(lines.get(1).get("problems").get(0).get("field").asString()).isEqualTo("inseeCode");
        assertThat(lines.get(2).get("problems").get(0).get("field").asString()).isEqualTo("contactPhone");
        List<String> fields = new ArrayList<>();
        lines.get(3).get("problems").forEach(problem -> fields.add(problem.get("field").asString()));
        assertThat(fields).containsExactly("charterSignedOn", "name");
        assertThat(lines.get(4).get("problems").get(0).get("message").asString()).contains("autre ligne");
        assertThat(status("17011")).isEqualTo("NONE");

        try (EventProbe probe = probe(Topics.COMMUNE_EVENTS.name())) {
            JsonNode first = importRows(false, rows);
            assertThat(first.get("created").asInt()).isEqualTo(1);
            assertThat(probe.await(EventCatalog.COMMUNE_PARTNERSHIP_REQUESTED.name(), "17011")).isNotNull();
            assertThat(probe.await(EventCatalog.COMMUNE_PARTNERSHIP_CONTACTED.name(), "17011")).isNotNull();
            assertThat(probe.await(EventCatalog.COMMUNE_PARTNERSHIP_ACTIVATED.name(), "17011")).isNotNull();
        }
        assertThat(status("17011")).isEqualTo("PARTNER");

        JsonNode second = importRows(false, rows);
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("alreadyPresent").asInt()).isEqualTo(2);
        assertThat(second.get("invalid").asInt()).isEqualTo(3);

        JsonNode partnership = json(client.get().uri("/api/communes/17011/partnership").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        assertThat(partnership.get("history")).hasSize(3);
        assertThat(partnership.get("charterSignedOn").asString()).isEqualTo("2026-01-15");
    }

    @Test
    void theMapListsEveryCommuneWithItsCoordinatesAndStatus() {
        JsonNode map = json(client.get().uri("/api/communes/map").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(map.get("communes")).hasSize(462);
        JsonNode first = map.get("communes").get(0);
        assertThat(first.get("inseeCode").asString()).isEqualTo("17002");
        assertThat(first.get("name").asString()).isEqualTo("Agudelle");
        assertThat(first.get("latitude").asDouble()).isBetween(45.0, 46.5);
        assertThat(first.get("longitude").asDouble()).isBetween(-1.6, 0.0);
        assertThat(first.get("partnershipStatus").asString()).isNotBlank();
    }
}
