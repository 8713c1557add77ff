package fr.heurecivique.volunteer.registration;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import fr.heurecivique.volunteer.VolunteerScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/volunteers/imports}: a spreadsheet's volunteers through the sign-up's rules, idempotent. */
@PlatformIntegrationTest
class ImportIT extends VolunteerScenarios {

    private static String row(int line, String firstName, String email, String phone, String commune) {
        return """
                {"line": %d, "firstName": %s, "lastName": "Import", "email": "%s", "phone": "%s",
                 "communeInsee": "%s", "partnerCode": "mutualia", "emailContact": true, "smsContact": false}
                """.formatted(line, firstName == null ? "null" : "\"" + firstName + "\"", email, phone, commune);
    }

    private JsonNode importRows(boolean dryRun, String... rows) {
        return json(client.post().uri("/api/volunteers/imports").contentType(MediaType.APPLICATION_JSON)
                .body("{\"dryRun\": " + dryRun + ", \"dataProcessingConsented\": true, \"rows\": ["
                        + String.join(",", rows) + "]}")
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    private long stored(String email) {
        return mongo.count(Query.query(Criteria.where("email").is(email.toLowerCase())), "volunteers");
    }

    @Test
    void aDryRunReportsEachRowsProblemsAndSavesNothingThenTheImportRegistersOnceOnly() {
        String good = uniqueEmail("Import.Bon");
        String other = uniqueEmail("import.autre");
        String commune = spareCommune();
        String[] rows = {
                row(2, "Alice", good, "06 12 34 56 78", commune),
                row(3, "Bruno", uniqueEmail("import.tel"), "12 34", commune),
                row(4, "Chloé", uniqueEmail("import.commune"), "06 12 34 56 78", "99999"),
                row(5, null, uniqueEmail("import.nom"), "06 12 34 56 78", commune),
                row(6, "Alice", good, "06 12 34 56 78", commune),
                row(7, "Denis", other, "+33 6 98 76 54 32", commune) };

        JsonNode dry = importRows(true, rows);
        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(dry.get("created").asInt()).isEqualTo(2);
        assertThat(dry.get("alreadyPresent").asInt()).isZero();
        assertThat(dry.get("invalid").asInt()).isEqualTo(4);
        JsonNode lines = dry.get("lines");
        assertThat(lines.get(1).get("problems").get(0).get("field").asString()).isEqualTo("phone");
        assertThat(lines.get(1).get("problems").get(0).get("message").asString()).contains("mobile");
        assertThat(lines.get(2).get("problems").get(0).get("field").asString()).isEqualTo("communeInsee");
        assertThat(lines.get(3).get("problems").get(0).get("field").asString()).isEqualTo("firstName");
        assertThat(lines.get(4).get("line").asInt()).isEqualTo(6);
        assertThat(lines.get(4).get("problems").get(0).get("message").asString()).contains("autre ligne");
        assertThat(stored(good)).isZero();

        JsonNode first;
        try (EventProbe probe = probe(Topics.VOLUNTEER_EVENTS.name())) {
            first = importRows(false, rows);
            assertThat(first.get("created").asInt()).isEqualTo(2);
            assertThat(first.get("invalid").asInt()).isEqualTo(4);
            String id = first.get("lines").get(0).get("volunteerId").asString();
            assertThat(probe.await(EventCatalog.VOLUNTEER_REGISTERED.name(), id)).isNotNull();
        }
        assertThat(stored(good)).isOne();

        JsonNode second = importRows(false, rows);
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("alreadyPresent").asInt()).isEqualTo(3);
        assertThat(second.get("invalid").asInt()).isEqualTo(3);
        assertThat(second.get("lines").get(0).get("outcome").asString()).isEqualTo("ALREADY_PRESENT");
        assertThat(second.get("lines").get(0).get("volunteerId").asString())
                .isEqualTo(first.get("lines").get(0).get("volunteerId").asString());
        assertThat(stored(good)).isOne();
        assertThat(stored(other)).isOne();
    }

    @Test
    void anImportWithoutTheConsentConfirmedIsRefused() {
        client.post().uri("/api/volunteers/imports").contentType(MediaType.APPLICATION_JSON)
                .body("{\"dryRun\": true, \"dataProcessingConsented\": false, \"rows\": ["
                        + row(2, "Alice", uniqueEmail("import.consent"), "06 12 34 56 78", spareCommune()) + "]}")
                .exchange().expectStatus().isBadRequest()
                .expectBody(String.class).value(body -> assertThat(body).contains("dataProcessingConsented"));
    }

    @Test
    void theFiguresCountTheOnboardingFunnel() {
        signUp("Funnel", "Import", spareCommune(), false);
        JsonNode figures = json(client.get().uri("/api/volunteers/figures").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        JsonNode funnel = figures.get("funnel");
        assertThat(funnel.get("SIGNED_UP").asLong()).isEqualTo(figures.get("total").asLong()).isPositive();
        assertThat(funnel.get("ACTIVE").asLong()).isEqualTo(figures.get("byStatus").get("ACTIVE").asLong());
        assertThat(funnel.get("SESSION_ATTENDED").asLong()).isGreaterThanOrEqualTo(funnel.get("INTERVIEWED").asLong());
        assertThat(funnel.get("INTERVIEWED").asLong()).isGreaterThanOrEqualTo(funnel.get("ACTIVE").asLong());
    }
}
