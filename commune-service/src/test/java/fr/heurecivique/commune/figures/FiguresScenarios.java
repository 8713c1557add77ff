package fr.heurecivique.commune.figures;

import fr.heurecivique.commune.CommuneScenarios;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheme's figures, per commune and for the département: counts only. */
abstract class FiguresScenarios extends CommuneScenarios {

    /** Dompierre-sur-Mer: used by no other scenario, so its figures are exactly what this one does. */
    private static final String DOMPIERRE = "17142";

    @Test
    void countsPartnersReferentsAndNeedsByStatusAndKindWithoutPersonalData() {
        JsonNode before = figures("/api/communes/figures");
        ensurePartner(DOMPIERRE);
        String referent = referentOf(DOMPIERRE);
        String beneficiary = beneficiary(DOMPIERRE, referent, "05 46 99 88 77", "4 allée des Pins", true);
        post("/api/communes/" + DOMPIERRE + "/needs", needFor(referent, beneficiary), 201);
        String cancelled = post("/api/communes/" + DOMPIERRE + "/needs", needFor(referent, beneficiary)
                .replace("SHOPPING", "DIGITAL"), 201).get("id").asString();
        post("/api/needs/" + cancelled + "/cancel", "{\"reason\": \"NO_LONGER_NEEDED\"}", 200);
        association(DOMPIERRE);

        JsonNode commune = figures("/api/communes/" + DOMPIERRE + "/figures");
        assertThat(commune.get("partnershipStatus").asString()).isEqualTo("PARTNER");
        assertThat(commune.get("referents").asInt()).isEqualTo(1);
        assertThat(commune.get("associations").asInt()).isEqualTo(1);
        assertThat(commune.get("needs").get("total").asInt()).isEqualTo(2);
        assertThat(commune.get("needs").get("byStatus").get("OPEN").asInt()).isEqualTo(1);
        assertThat(commune.get("needs").get("byStatus").get("CANCELLED").asInt()).isEqualTo(1);
        assertThat(commune.get("needs").get("byStatus").get("EXPIRED").asInt()).isZero();
        assertThat(commune.get("needs").get("byKind").get("SHOPPING").asInt()).isEqualTo(1);
        assertThat(commune.get("needs").get("byKind").get("DIGITAL").asInt()).isEqualTo(1);
        assertThat(commune.get("needs").get("byKind").get("VISITS").asInt()).isZero();
        assertThat(commune.toString()).doesNotContain("Dupuis", "Pins", "+33546998877", "Girard");

        JsonNode departement = figures("/api/communes/figures");
        assertThat(departement.get("communes").asInt()).isEqualTo(462);
        assertThat(departement.get("partnerCommunes").asInt())
                .isEqualTo(departement.get("communesByPartnershipStatus").get("PARTNER").asInt())
                .isGreaterThanOrEqualTo(before.get("partnerCommunes").asInt() + 1);
        assertThat(departement.get("referents").asInt()).isGreaterThanOrEqualTo(before.get("referents").asInt() + 1);
        assertThat(departement.get("needs").get("total").asInt())
                .isGreaterThanOrEqualTo(before.get("needs").get("total").asInt() + 2);
        assertThat(departement.get("needs").get("byStatus").get("CANCELLED").asInt())
                .isGreaterThanOrEqualTo(before.get("needs").get("byStatus").get("CANCELLED").asInt() + 1);
        client.get().uri("/api/communes/99999/figures").exchange().expectStatus().isNotFound();

        // The public page's needs to come: the open need in the month of its date, the cancelled one not; counts only.
        JsonNode toCome = figures("/api/communes/" + DOMPIERRE + "/needs-to-come");
        assertThat(toCome.get("total").asInt()).isEqualTo(1);
        assertThat(toCome.get("months").get(0).get("month").asString())
                .isEqualTo(java.time.YearMonth.from(java.time.LocalDate.now(fr.heurecivique.commune.Departement.ZONE)
                        .plusDays(1)).toString());
        assertThat(toCome.get("months").get(0).get("kinds").toString())
                .isEqualTo("[{\"kind\":\"SHOPPING\",\"count\":1}]");
        assertThat(toCome.toString()).doesNotContain("Courses du jeudi", "Dupuis", "Pins", "marché");
        client.get().uri("/api/communes/99999/needs-to-come").exchange().expectStatus().isNotFound();
    }

    private JsonNode figures(String uri) {
        return json(client.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody());
    }
}
