package fr.heurecivique.volunteer.registration;

import fr.heurecivique.contracts.CloudEventHeaders;
import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.EventSchemas;
import fr.heurecivique.volunteer.VolunteerScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-up through the public API, as a resident's browser does it. Run on the in-process infrastructure
 * ({@link RegistrationIT}) and on real MongoDB and Kafka images ({@link RegistrationContainersIT}).
 */
abstract class RegistrationScenarios extends VolunteerScenarios {

    static String signUp(String email) {
        return """
                {"firstName": "  Claire ", "lastName": "Martin", "email": "%s", "phone": "06 12 34 56 78",
                 "communeInsee": "17300", "partnerCode": "mutualia",
                 "consents": {"dataProcessing": true, "email": true, "sms": false, "shareWithCommune": true}}
                """.formatted(email);
    }

    static String uniqueEmail() {
        return "Claire.Martin+" + UUID.randomUUID().toString().substring(0, 8) + "@Exemple.fr";
    }

    @Test
    void aResidentSignsUpAndVolunteerRegisteredIsPublished() {
        String email = uniqueEmail();
        try (EventProbe probe = probe(Topics.VOLUNTEER_EVENTS.name())) {
            JsonNode volunteer = json(client.post().uri("/api/volunteers")
                    .contentType(MediaType.APPLICATION_JSON).body(signUp(email))
                    .exchange()
                    .expectStatus().isCreated()
                    .expectHeader().valueMatches("Location", "http://localhost:" + port + "/api/volunteers/[0-9a-f-]{36}")
                    .expectBody(String.class).returnResult().getResponseBody());

            String id = volunteer.get("id").asString();
            assertThat(volunteer.get("status").asString()).isEqualTo("REGISTERED");
            assertThat(volunteer.get("firstName").asString()).isEqualTo("Claire");
            assertThat(volunteer.get("email").asString()).isEqualTo(email.toLowerCase());
            assertThat(volunteer.get("phone").asString()).isEqualTo("+33612345678");
            assertThat(volunteer.get("communeName").asString()).isEqualTo("La Rochelle");
            assertThat(volunteer.get("partnerCode").asString()).isEqualTo("MUTUALIA");

            CapturedRecord event = probe.await(EventCatalog.VOLUNTEER_REGISTERED.name(), id);
            EventSchemas.assertValid(event.type(), event.value());
            assertThat(event.header(CloudEventHeaders.SOURCE)).isEqualTo("/heure-civique/volunteer-service");
            JsonNode state = json(event.value()).get("volunteer");
            assertThat(state.get("volunteerId").asString()).isEqualTo(id);
            assertThat(state.get("status").asString()).isEqualTo("REGISTERED");
            assertThat(state.get("email").asString()).isEqualTo(email.toLowerCase());
            assertThat(state.get("consents").get("sms").asBoolean()).isFalse();

            client.get().uri("/api/volunteers/{id}", id).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.email").isEqualTo(email.toLowerCase());
        }
    }

    @Test
    void badInputIsRefusedFieldByFieldInFrenchAndPublishesNothing() {
        try (EventProbe probe = probe(Topics.VOLUNTEER_EVENTS.name())) {
            client.post().uri("/api/volunteers").contentType(MediaType.APPLICATION_JSON)
                    .body("""
                            {"firstName": "", "email": "claire.martin@", "phone": "01 45 67 89 00",
                             "communeInsee": "75056", "consents": {"dataProcessing": false}}
                            """)
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.title").isEqualTo("Requête invalide")
                    .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains(
                            "firstName", "lastName", "email", "phone", "communeInsee", "consents.dataProcessing"))
                    .jsonPath("$.errors[?(@.field == 'communeInsee')].message").value(message ->
                            assertThat(message.toString()).contains("Charente-Maritime"))
                    .jsonPath("$.errors[?(@.field == 'phone')].message").value(message ->
                            assertThat(message.toString()).contains("mobile"));
            client.post().uri("/api/volunteers").contentType(MediaType.APPLICATION_JSON).body("{\"firstName\":")
                    .exchange()
                    .expectStatus().isBadRequest();
            client.post().uri("/api/volunteers").contentType(MediaType.APPLICATION_JSON)
                    .body(signUp(uniqueEmail()).replace("\"consents\"", "\"ignored\""))
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("consents");

            probe.awaitCaughtUp();
            assertThat(probe.records()).isEmpty();
        }
    }

    /**
     * Issue 14.11: of 1,000 generated bad sign-ups, 56 were accepted only because JSON numbers were read as booleans
     * or strings, or a name had no letter. Each is now a 400 naming the field, and nothing is published.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "\"dataProcessing\": true               | \"dataProcessing\": 1          | consents.dataProcessing",
            "\"dataProcessing\": true               | \"dataProcessing\": \"true\" | consents.dataProcessing",
            "\"firstName\": \"  Claire \"         | \"firstName\": 5               | firstName",
            "\"lastName\": \"Martin\"             | \"lastName\": \"1234\"       | lastName",
            "\"firstName\": \"  Claire \"         | \"firstName\": \"-- .\"      | firstName",
            "\"communeInsee\": \"17300\"          | \"communeInsee\": 17300        | communeInsee"})
    void aValueOfTheWrongTypeOrANameWithoutALetterIsRefused(String good, String bad, String field) {
        try (EventProbe probe = probe(Topics.VOLUNTEER_EVENTS.name())) {
            String body = signUp(uniqueEmail());
            assertThat(body).contains(good);
            client.post().uri("/api/volunteers").contentType(MediaType.APPLICATION_JSON)
                    .body(body.replace(good, bad))
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectBody()
                    .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains(field));

            probe.awaitCaughtUp();
            assertThat(probe.records()).isEmpty();
        }
    }

    @Test
    void namesInAnyAlphabetWithApostrophesAndHyphensAreAccepted() {
        String body = signUp(uniqueEmail()).replace("\"  Claire \"", "\"Lê Thị\"")
                .replace("\"Martin\"", "\"N’Diaye-Saint-Éloi\"");
        client.post().uri("/api/volunteers").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange()
                .expectStatus().isCreated();
    }

    @Test
    void aSecondRegistrationWithTheSameEmailIsAConflict() {
        String email = uniqueEmail();
        client.post().uri("/api/volunteers").contentType(MediaType.APPLICATION_JSON).body(signUp(email))
                .exchange().expectStatus().isCreated();
        client.post().uri("/api/volunteers").contentType(MediaType.APPLICATION_JSON)
                .body(signUp(email.toUpperCase()))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail ->
                        assertThat(detail.toString()).startsWith("Une inscription existe déjà"));
    }

    @Test
    void anUnknownVolunteerIsA404() {
        client.get().uri("/api/volunteers/{id}", UUID.randomUUID()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theEmailIsUniquelyIndexed() {
        assertThat(mongo.indexOps("volunteers").getIndexInfo()).anySatisfy(index -> {
            assertThat(index.getName()).isEqualTo("email_unique");
            assertThat(index.isUnique()).isTrue();
            // An erased volunteer has no email: many of them may wait for their last events at once.
            assertThat(index.isSparse()).isTrue();
        });
    }
}
