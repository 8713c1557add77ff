package fr.heurecivique.commune.referents;

import fr.heurecivique.commune.CommuneScenarios;
import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.EventSchemas;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A partner commune appoints and removes its referents; events carry what notifications and authorisation need. */
abstract class ReferentScenarios extends CommuneScenarios {

    @Test
    void aPartnerCommuneAppointsAReferentAndRemovesThem() {
        ensurePartner("17449"); // Tonnay-Charente
        String email = "Paul.Girard." + unique() + "@Exemple.fr";
        try (EventProbe probe = probe(Topics.COMMUNE_EVENTS.name())) {
            JsonNode referent = json(client.post().uri("/api/communes/17449/referents")
                    .contentType(MediaType.APPLICATION_JSON).body(referent(email))
                    .exchange()
                    .expectStatus().isCreated()
                    .expectHeader().valueMatches("Location",
                            "http://localhost:" + port + "/api/communes/17449/referents/[0-9a-f-]{36}")
                    .expectBody(String.class).returnResult().getResponseBody());
            String id = referent.get("id").asString();
            assertThat(referent.get("email").asString()).isEqualTo(email.toLowerCase());
            assertThat(referent.get("phone").asString()).isEqualTo("+33611223344");

            CapturedRecord appointed = probe.await(record -> EventCatalog.REFERENT_APPOINTED.name()
                    .equals(record.type()) && record.value().contains(id));
            EventSchemas.assertValid(appointed.type(), appointed.value());
            assertThat(appointed.key()).isEqualTo("17449");
            JsonNode data = json(appointed.value());
            assertThat(data.get("referent").get("email").asString()).isEqualTo(email.toLowerCase());
            assertThat(data.get("referent").get("role").asString()).isEqualTo("Adjoint aux solidarités");
            assertThat(data.get("commune").get("name").asString()).isEqualTo("Tonnay-Charente");
            assertThat(data.get("commune").get("partnershipStatus").asString()).isEqualTo("PARTNER");

            post("/api/communes/17449/referents", referent(email), 409);
            client.get().uri("/api/communes/17449/referents").exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$[?(@.id == '" + id + "')].email").isEqualTo(email.toLowerCase());
            client.get().uri("/api/communes/17449").exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.referentCount").value(count ->
                            assertThat(((Number) count).intValue()).isPositive());

            client.delete().uri("/api/communes/17449/referents/{id}", id).exchange().expectStatus().isNoContent();
            CapturedRecord removed = probe.await(EventCatalog.REFERENT_REMOVED.name(), "17449");
            EventSchemas.assertValid(removed.type(), removed.value());
            assertThat(json(removed.value()).get("referentId").asString()).isEqualTo(id);
            assertThat(removed.value()).doesNotContain(email.toLowerCase());
            client.delete().uri("/api/communes/17449/referents/{id}", id).exchange().expectStatus().isNotFound();
            client.get().uri("/api/communes/17449/referents/{id}", id).exchange().expectStatus().isNotFound();
        }
    }

    @Test
    void aCommuneThatIsNotAPartnerHasNoReferents() {
        try (EventProbe probe = probe(Topics.COMMUNE_EVENTS.name())) {
            client.post().uri("/api/communes/17347/referents").contentType(MediaType.APPLICATION_JSON)
                    .body(referent("paul." + unique() + "@exemple.fr"))
                    .exchange()
                    .expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString())
                            .startsWith("La commune Saint-Jean-d'Angély n’est pas une commune partenaire"));
            post("/api/communes/17347/referents", "{\"firstName\": \"Paul\", \"phone\": \"06\"}", 400);
            probe.awaitCaughtUp();
            assertThat(probe.records()).noneMatch(record -> "17347".equals(record.key()));
        }
    }
}
