package fr.heurecivique.commune.needs;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.EventSchemas;
import fr.heurecivique.testsupport.ServiceScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A referent records a need of the commune. */
abstract class NeedScenarios extends ServiceScenarios {

    @Test
    void aPostedNeedIsOpenAtTheCommuneCentreAndNeedPostedIsPublished() {
        try (EventProbe probe = probe(Topics.NEED_EVENTS.name())) {
            JsonNode need = json(client.post().uri("/api/communes/17306/needs")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("""
                            {"title": " Courses du jeudi ", "kind": "SHOPPING",
                             "description": "Faire les courses au marché pour une voisine."}
                            """)
                    .exchange()
                    .expectStatus().isCreated()
                    .expectHeader().valueMatches("Location", "http://localhost:" + port + "/api/needs/[0-9a-f-]{36}")
                    .expectBody(String.class).returnResult().getResponseBody());

            String id = need.get("id").asString();
            assertThat(need.get("status").asString()).isEqualTo("OPEN");
            assertThat(need.get("title").asString()).isEqualTo("Courses du jeudi");
            assertThat(need.get("latitude").asDouble()).isEqualTo(45.62811); // Royan's centre

            CapturedRecord event = probe.await(EventCatalog.NEED_POSTED.name(), id);
            EventSchemas.assertValid(event.type(), event.value());
            JsonNode state = json(event.value()).get("need");
            assertThat(state.get("communeInsee").asString()).isEqualTo("17306");
            assertThat(state.get("kind").asString()).isEqualTo("SHOPPING");

            client.get().uri("/api/needs/{id}", id).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.kind").isEqualTo("SHOPPING");
        }
    }

    @Test
    void badInputIsRefusedFieldByFieldAndPublishesNothing() {
        try (EventProbe probe = probe(Topics.NEED_EVENTS.name())) {
            client.post().uri("/api/communes/17300/needs").contentType(MediaType.APPLICATION_JSON)
                    .body("{\"title\": \"\", \"kind\": \"COOKING\"}")
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.errors.length()").isEqualTo(3)
                    .jsonPath("$.errors[0].field").isEqualTo("description")
                    .jsonPath("$.errors[1].field").isEqualTo("kind")
                    .jsonPath("$.errors[1].message").value(message ->
                            assertThat(message.toString()).startsWith("doit être un type d’aide du catalogue"))
                    .jsonPath("$.errors[2].field").isEqualTo("title");
            client.post().uri("/api/communes/99999/needs").contentType(MediaType.APPLICATION_JSON)
                    .body("{\"title\": \"Visite\", \"kind\": \"VISITS\", \"description\": \"Une visite.\"}")
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectBody().jsonPath("$.detail").value(detail ->
                            assertThat(detail.toString()).contains("code INSEE « 99999 »"));

            probe.awaitCaughtUp();
            assertThat(probe.records()).isEmpty();
        }
    }

    @Test
    void anUnknownNeedIsA404() {
        client.get().uri("/api/needs/unknown").exchange().expectStatus().isNotFound();
    }
}
