package fr.heurecivique.commune.associations;

import fr.heurecivique.commune.CommuneScenarios;
import fr.heurecivique.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The local associations of a commune, whose needs are organised needs. */
abstract class AssociationScenarios extends CommuneScenarios {

    @Test
    void aCommuneRecordsItsAssociations() {
        JsonNode association = post("/api/communes/17264/associations", """
                {"name": "Comité des fêtes de Nieul", "rnaNumber": " w172004321 ",
                 "contact": {"name": "Martine Roux", "role": "Présidente", "phone": "05 46 37 00 00"},
                 "kindsOfNeed": ["EVENTS", "DIY", "EVENTS"]}
                """, 201);
        String id = association.get("id").asString();
        assertThat(association.get("rnaNumber").asString()).isEqualTo("W172004321");
        assertThat(association.get("contact").get("phone").asString()).isEqualTo("+33546370000");
        assertThat(association.get("kindsOfNeed").toString()).isEqualTo("[\"DIY\",\"EVENTS\"]");

        assertThat(elements(client.get().uri("/api/communes/17264/associations").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()))
                .anySatisfy(it -> assertThat(it.get("id").asString()).isEqualTo(id));
        client.get().uri("/api/communes/17264/associations/{id}", id).exchange().expectStatus().isOk();
        client.get().uri("/api/communes/17299/associations/{id}", id).exchange().expectStatus().isNotFound();
        post("/api/communes/17264/associations", """
                {"name": "Autre nom", "rnaNumber": "W172004321", "contact": {"name": "X", "email": "x@exemple.fr"}}
                """, 409);
    }

    @Test
    void refusesAnAssociationWithoutAWayToReachIt() {
        JsonNode problem = post("/api/communes/17264/associations",
                "{\"name\": \"Club\", \"contact\": {\"name\": \"Martine Roux\"}}", 400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("contact");
        problem = post("/api/communes/17264/associations",
                "{\"name\": \"\", \"rnaNumber\": \"123\", \"contact\": {\"name\": \"\", \"email\": \"x@\"}}", 400);
        assertThat(problem.get("errors").toString()).contains("name", "rnaNumber", "contact.name", "contact.email");
        post("/api/communes/17264/associations", "{\"name\": \"Club\", \"contact\": {\"name\": \"M\", "
                + "\"email\": \"m@exemple.fr\"}, \"kindsOfNeed\": [\"COOKING\"]}", 400);
        post("/api/communes/17264/associations", "{\"name\": \"Club\", \"contact\": {\"name\": \"M\", "
                + "\"email\": \"m@exemple.fr\"}, \"kindsOfNeed\": [null]}", 400);
    }

    @Test
    void aServiceOfThePlatformFetchesAnAssociationsContactThroughTheInternalApiOnly() {
        String id = post("/api/communes/17264/associations", """
                {"name": "Les Amis de Nieul", "contact": {"name": "Paul Roux", "email": "paul.roux@exemple.fr"}}
                """, 201).get("id").asString();

        String service = "Bearer " + TestTokens.service("notification-service");
        anonymous().get().uri("/internal/associations/{id}/contact", id).exchange().expectStatus().isUnauthorized();
        client.get().uri("/internal/associations/{id}/contact", id).exchange().expectStatus().isForbidden();
        JsonNode contact = json(client.get().uri("/internal/associations/{id}/contact", id)
                .header("Authorization", service).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(contact.get("email").asString()).isEqualTo("paul.roux@exemple.fr");
        assertThat(contact.get("communeInsee").asString()).isEqualTo("17264");
        assertThat(contact.get("phone").isNull()).isTrue();
        client.get().uri("/internal/associations/unknown/contact").header("Authorization", service)
                .exchange().expectStatus().isNotFound();
    }
}
