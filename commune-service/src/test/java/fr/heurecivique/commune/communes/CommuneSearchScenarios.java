package fr.heurecivique.commune.communes;

import fr.heurecivique.commune.CommuneScenarios;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding a commune: by name (accents, case and punctuation aside), by postal or INSEE code, page by page. */
abstract class CommuneSearchScenarios extends CommuneScenarios {

    @Test
    void findsACommuneByNameWhateverItsAccentsCaseOrPunctuation() {
        assertThat(codes(search("rochelle"))).startsWith("17300");
        assertThat(codes(search("ROCHEFORT"))).startsWith("17299");
        assertThat(codes(search("ile d'aix"))).containsExactly("17004");
        assertThat(codes(search("Île-d’Aix"))).containsExactly("17004");
        assertThat(codes(search("st jean d angely"))).containsExactly("17347");
        JsonNode laRochelle = search("la rochelle").get("items").get(0);
        assertThat(laRochelle.get("name").asString()).isEqualTo("La Rochelle");
        assertThat(laRochelle.get("matchedBy").asString()).isEqualTo("NAME");
        assertThat(search("zzz").get("totalItems").asInt()).isZero();
    }

    @Test
    void aPostalCodeComesBeforeTheSameInseeCode() {
        // 17300 is Rochefort's and Vergeroux's postal code, and La Rochelle's INSEE code (its postal code is 17000).
        JsonNode result = search("17300");
        assertThat(codes(result)).containsExactly("17299", "17463", "17300");
        assertThat(result.get("items").get(0).get("matchedBy").asString()).isEqualTo("POSTAL_CODE");
        assertThat(result.get("items").get(2).get("matchedBy").asString()).isEqualTo("INSEE_CODE");
        assertThat(codes(search("17000"))).containsExactly("17300");
    }

    @Test
    void listsThe462CommunesPageByPage() {
        Set<String> seen = new HashSet<>();
        JsonNode first = json(client.get().uri("/api/communes?size=100").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(first.get("totalItems").asInt()).isEqualTo(462);
        assertThat(first.get("totalPages").asInt()).isEqualTo(5);
        for (int page = 0; page < 5; page++) {
            JsonNode result = json(client.get().uri("/api/communes?size=100&page={page}", page).exchange()
                    .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
            seen.addAll(codes(result));
        }
        assertThat(seen).hasSize(462);
        client.get().uri("/api/communes?size=101").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
    }

    @Test
    void filtersPartnerCommunes() {
        ensurePartner("17200"); // Lagord
        assertThat(codes(json(client.get().uri("/api/communes?q=lagord&partner=true").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())))
                .containsExactly("17200");
        assertThat(codes(json(client.get().uri("/api/communes?q=lagord&partner=false").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()))).isEmpty();
        assertThat(codes(json(client.get().uri("/api/communes?q=17000&partner=true").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())))
                .doesNotContain("17300");
    }

    private JsonNode search(String q) {
        return json(client.get().uri("/api/communes?q={q}", q).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private static List<String> codes(JsonNode result) {
        List<String> codes = new ArrayList<>();
        result.get("items").forEach(item -> codes.add(item.get("inseeCode").asString()));
        return codes;
    }
}
