package fr.heurecivique.commune.beneficiaries;

import fr.heurecivique.commune.CommuneScenarios;
import fr.heurecivique.commune.Departement;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.MutableClock;
import fr.heurecivique.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people helped: recorded by a referent with only what is needed, never in events, logs or lists; their contact
 * released to platform services only; anonymised after 24 months without a need.
 */
abstract class BeneficiaryScenarios extends CommuneScenarios {

    /** Aytré: a partner commune for these scenarios. */
    private static final String AYTRE = "17028";
    private static final String AUTHORIZATION = "Authorization";
    /** What notification-service sends: its own token (client credentials, scope internal). */
    private static final String SERVICE = "Bearer " + TestTokens.service("notification-service");

    /** Beneficiaries are the business of their commune's referents alone. */
    @Override
    protected String defaultToken() {
        return TestTokens.referent(AYTRE);
    }

    @Autowired
    Clock clock;
    @Autowired
    BeneficiaryRetention retention;

    @AfterEach
    void realTime() {
        ((MutableClock) clock).reset();
    }

    @Test
    void aReferentRecordsABeneficiaryAndTheListShowsNeitherPhoneNorAddress() {
        ensurePartner(AYTRE);
        String referent = referentOf(AYTRE);
        JsonNode recorded = post("/api/communes/" + AYTRE + "/beneficiaries", """
                {"referentId": "%s", "firstName": "Jeanne", "lastName": "Dupuis", "phone": "05 46 41 23 45",
                 "address": "12 rue des Mouettes", "preferredContact": "PHONE_CALL", "consentToBeContacted": true,
                 "note": "Malentendante : parler fort."}
                """.formatted(referent), 201);
        String id = recorded.get("id").asString();
        assertThat(recorded.get("phone").asString()).isEqualTo("+33546412345");
        assertThat(recorded.get("recordedBy").asString()).isEqualTo(referent);
        assertThat(recorded.get("consentRecordedAt").asString()).isNotBlank();

        String list = client.get().uri("/api/communes/{insee}/beneficiaries", AYTRE).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        JsonNode item = elements(list).stream().filter(it -> it.get("id").asString().equals(id)).findFirst()
                .orElseThrow();
        assertThat(item.get("displayName").asString()).isEqualTo("Jeanne D.");
        assertThat(item.get("hasPhone").asBoolean()).isTrue();
        assertThat(list).doesNotContain("+33546412345", "05 46 41 23 45", "Mouettes", "Malentendante");

        client.get().uri("/api/communes/{insee}/beneficiaries/{id}", AYTRE, id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.address").isEqualTo("12 rue des Mouettes")
                .jsonPath("$.atHomeInCommune").isEqualTo(false);
        // Under another commune, even for one of its referents, the beneficiary does not exist.
        as(TestTokens.referent(AYTRE, "17306")).get().uri("/api/communes/17306/beneficiaries/{id}", id).exchange()
                .expectStatus().isNotFound();
        asReferentOf("17306").get().uri("/api/communes/{insee}/beneficiaries/{id}", AYTRE, id).exchange()
                .expectStatus().isForbidden();

        // A correction: the consent withdrawn, the address removed ("at home in the commune").
        JsonNode changed = json(client.patch().uri("/api/communes/{insee}/beneficiaries/{id}", AYTRE, id)
                .contentType(MediaType.APPLICATION_JSON).body("{\"consentToBeContacted\": false, \"address\": \"\"}")
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        assertThat(changed.get("consentToBeContacted").asBoolean()).isFalse();
        assertThat(changed.get("atHomeInCommune").asBoolean()).isTrue();
        client.patch().uri("/api/communes/{insee}/beneficiaries/{id}", AYTRE, id)
                .contentType(MediaType.APPLICATION_JSON).body("{\"preferredContact\": \"SMS\"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("phone");
    }

    @Test
    void onlyAReferentOfAPartnerCommuneRecordsBeneficiaries() {
        post(asReferentOf("17094"), "/api/communes/17094/beneficiaries", """
                {"referentId": "someone", "firstName": "Jeanne", "lastName": "Dupuis",
                 "preferredContact": "THROUGH_REFERENT", "consentToBeContacted": true}
                """, 409);
        ensurePartner(AYTRE);
        JsonNode problem = post("/api/communes/" + AYTRE + "/beneficiaries", """
                {"referentId": "not-a-referent", "firstName": "Jeanne", "lastName": "Dupuis",
                 "preferredContact": "THROUGH_REFERENT", "consentToBeContacted": true}
                """, 400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("referentId");
        problem = post("/api/communes/" + AYTRE + "/beneficiaries", """
                {"referentId": "%s", "firstName": "", "phone": "12", "preferredContact": "CARRIER_PIGEON"}
                """.formatted(referentOf(AYTRE)), 400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("preferredContact");
        problem = post("/api/communes/" + AYTRE + "/beneficiaries", """
                {"referentId": "%s", "firstName": "", "phone": "12", "preferredContact": "SMS"}
                """.formatted(referentOf(AYTRE)), 400);
        assertThat(problem.get("errors").toString()).contains("firstName", "lastName", "phone",
                "consentToBeContacted");
    }

    @Test
    void theInternalApiGivesTheContactToAnAuthenticatedServiceOnlyWithConsent() {
        ensurePartner(AYTRE);
        String referent = referentOf(AYTRE);
        String consenting = beneficiary(AYTRE, referent, "06 12 34 56 78", "3 impasse des Lilas", true);
        String refusing = beneficiary(AYTRE, referent, "06 12 34 56 79", null, false);

        anonymous().get().uri("/internal/beneficiaries/{id}/contact", consenting).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Authentification requise")
                .jsonPath("$.phone").doesNotExist();
        client.get().uri("/internal/beneficiaries/{id}/contact", consenting).exchange()
                .expectStatus().isForbidden();
        as(TestTokens.admin()).get().uri("/internal/beneficiaries/{id}/contact", consenting).exchange()
                .expectStatus().isForbidden();
        as("forged").get().uri("/internal/beneficiaries/{id}/contact", consenting)
                .exchange().expectStatus().isUnauthorized();
        client.get().uri("/internal/beneficiaries/{id}/contact", consenting).header(AUTHORIZATION, SERVICE)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.phone").isEqualTo("+33612345678")
                .jsonPath("$.address").isEqualTo("3 impasse des Lilas")
                .jsonPath("$.preferredContact").isEqualTo("PHONE_CALL");
        client.get().uri("/internal/beneficiaries/{id}/contact", refusing).header(AUTHORIZATION, SERVICE).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(detail ->
                        assertThat(detail.toString()).contains("n’a pas consenti"));
        client.get().uri("/internal/beneficiaries/unknown/contact").header(AUTHORIZATION, SERVICE).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aBeneficiarysPhoneAndAddressNeverAppearInEventsOrLogs(CapturedOutput output) {
        ensurePartner(AYTRE);
        String referent = referentOf(AYTRE);
        String phone = "05 46 00 12 34";
        String e164 = "+33546001234";
        String address = "7 chemin des Salines";
        try (EventProbe needEvents = probe(Topics.NEED_EVENTS.name());
                EventProbe communeEvents = probe(Topics.COMMUNE_EVENTS.name())) {
            String id = beneficiary(AYTRE, referent, phone, address, true);
            String need = post("/api/communes/" + AYTRE + "/needs", needFor(referent, id), 201).get("id").asString();
            post("/api/communes/" + AYTRE + "/needs", needFor(referent, id)
                    .replace("au marché.", "au marché, " + address + "."), 400);
            post("/api/communes/" + AYTRE + "/beneficiaries", """
                    {"referentId": "%s", "firstName": "Jeanne", "lastName": "Dupuis", "phone": "%s",
                     "address": "%s", "preferredContact": "SMS", "consentToBeContacted": true}
                    """.formatted(referent, phone, address), 400);
            client.patch().uri("/api/communes/{insee}/beneficiaries/{id}", AYTRE, id)
                    .contentType(MediaType.APPLICATION_JSON).body("{\"note\": \"Nouvelle note\"}")
                    .exchange().expectStatus().isOk();
            client.get().uri("/internal/beneficiaries/{id}/contact", id).header(AUTHORIZATION, SERVICE).exchange()
                    .expectStatus().isOk();
            post("/api/needs/" + need + "/cancel", "{\"reason\": \"NO_LONGER_NEEDED\"}", 200);
            client.delete().uri("/api/communes/{insee}/beneficiaries/{id}", AYTRE, id).exchange()
                    .expectStatus().isNoContent();

            needEvents.await(record -> need.equals(record.key()) && record.value().contains("CANCELLED"));
            needEvents.awaitCaughtUp();
            communeEvents.awaitCaughtUp();
            List<CapturedRecord> records = new ArrayList<>(needEvents.records());
            records.addAll(communeEvents.records());
            assertThat(records).isNotEmpty().allSatisfy(record -> assertThat(record.value())
                    .doesNotContain(e164, phone, "0546001234", address, "Salines"));
            // The service did log what happened — by id only.
            assertThat(output.getAll()).contains("beneficiary " + id + " recorded", "need " + need + " posted",
                    "Contact of beneficiary " + id + " released")
                    .doesNotContain(e164, phone, "0546001234", address, "Salines");
        }
    }

    @Test
    void aBeneficiaryWithoutANeedFor24MonthsIsAnonymisedOnAClockTheTestControls() {
        ensurePartner(AYTRE);
        String referent = referentOf(AYTRE);
        MutableClock time = (MutableClock) clock;
        String forgotten = beneficiary(AYTRE, referent, "06 22 33 44 55", "1 rue du Port", true);
        String helpedLater = beneficiary(AYTRE, referent, "06 22 33 44 56", null, true);
        String stillWaiting = beneficiary(AYTRE, referent, null, null, true);
        post("/api/communes/" + AYTRE + "/needs", needAt(referent, stillWaiting), 201);

        time.advance(Duration.ofDays(13 * 31));
        String lateNeed = post("/api/communes/" + AYTRE + "/needs", needAt(referent, helpedLater), 201)
                .get("id").asString();
        post("/api/needs/" + lateNeed + "/cancel", "{\"reason\": \"HELP_FOUND_ELSEWHERE\"}", 200);
        assertThat(retention.anonymiseInactive()).isZero();

        time.advance(Duration.ofDays(12 * 31)); // 25 months after they were recorded
        retention.anonymiseInactive();

        JsonNode anonymised = beneficiary(forgotten);
        assertThat(anonymised.get("anonymised").asBoolean()).isTrue();
        assertThat(anonymised.get("firstName").isNull()).isTrue();
        assertThat(anonymised.get("phone").isNull()).isTrue();
        assertThat(anonymised.get("address").isNull()).isTrue();
        assertThat(anonymised.get("note").isNull()).isTrue();
        assertThat(beneficiary(helpedLater).get("anonymised").asBoolean()).isFalse(); // a need 12 months ago
        assertThat(beneficiary(stillWaiting).get("anonymised").asBoolean()).isFalse(); // a need still open
        client.get().uri("/internal/beneficiaries/{id}/contact", forgotten).header(AUTHORIZATION, SERVICE).exchange()
                .expectStatus().isNotFound();
        assertThat(post("/api/communes/" + AYTRE + "/needs", needAt(referent, forgotten), 400).get("errors").get(0)
                .get("field").asString()).isEqualTo("beneficiaryId");

        time.advance(Duration.ofDays(13 * 31));
        retention.anonymiseInactive();
        assertThat(beneficiary(helpedLater).get("anonymised").asBoolean()).isTrue();
        assertThat(beneficiary(stillWaiting).get("anonymised").asBoolean()).isFalse();
    }

    @Test
    void erasureOnRequestWaitsForTheirOpenNeedsToBeCancelled() {
        ensurePartner(AYTRE);
        String referent = referentOf(AYTRE);
        String id = beneficiary(AYTRE, referent, "06 22 33 44 57", null, true);
        String need = post("/api/communes/" + AYTRE + "/needs", needFor(referent, id), 201).get("id").asString();

        client.delete().uri("/api/communes/{insee}/beneficiaries/{id}", AYTRE, id).exchange()
                .expectStatus().isEqualTo(409);
        post("/api/needs/" + need + "/cancel", "{\"reason\": \"NO_LONGER_NEEDED\"}", 200);
        client.delete().uri("/api/communes/{insee}/beneficiaries/{id}", AYTRE, id).exchange()
                .expectStatus().isNoContent();

        assertThat(beneficiary(id).get("anonymised").asBoolean()).isTrue();
        client.patch().uri("/api/communes/{insee}/beneficiaries/{id}", AYTRE, id)
                .contentType(MediaType.APPLICATION_JSON).body("{\"note\": \"x\"}").exchange()
                .expectStatus().isEqualTo(409);
    }

    private JsonNode beneficiary(String id) {
        return json(client.get().uri("/api/communes/{insee}/beneficiaries/{id}", AYTRE, id).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    /** A need for tomorrow on the services' clock (which a scenario may have moved). */
    private String needAt(String referent, String beneficiary) {
        LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), Departement.ZONE).plusDays(1);
        return needFor(referent, beneficiary).replace(LocalDate.now(Departement.ZONE).plusDays(1).toString(),
                tomorrow.toString());
    }
}
