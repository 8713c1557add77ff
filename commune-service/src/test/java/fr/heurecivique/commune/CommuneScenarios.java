package fr.heurecivique.commune;

import fr.heurecivique.testsupport.ServiceScenarios;
import fr.heurecivique.testsupport.TestTokens;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Base of commune-service's integration scenarios: the steps a coordinator and a referent take through the API,
 * so that a scenario starts from a partner commune with a referent, a beneficiary, an association. Scenarios share
 * one database per JVM: each uses its own communes.
 */
public abstract class CommuneScenarios extends ServiceScenarios {

    /** Partnerships, referents, associations and needs are coordinators' work as much as referents'. */
    @Override
    protected String defaultToken() {
        return TestTokens.coordinator();
    }

    protected RestTestClient asCoordinator() {
        return as(TestTokens.coordinator());
    }

    /** A referent of the commune {@code insee}. */
    protected RestTestClient asReferentOf(String insee) {
        return as(TestTokens.referent(insee));
    }

    /** The commune goes through the partnership (request, call, charter) unless it is a partner already. */
    protected void ensurePartner(String insee) {
        String status = json(anonymous().get().uri("/api/communes/{insee}", insee).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .get("partnershipStatus").asString();
        if ("PARTNER".equals(status)) {
            return;
        }
        post(anonymous(), "/api/communes/" + insee + "/partnership-requests", partnershipRequest(), 201);
        post(asCoordinator(), "/api/communes/" + insee + "/partnership/contact-call",
                "{\"recordedBy\": \"Sophie Bernard\", \"note\": \"Appel au maire\"}", 200);
        post(asCoordinator(), "/api/communes/" + insee + "/partnership/activation", activation(), 200);
    }

    /** A referent of the (partner) commune: the first one, appointed if there is none. */
    protected String referentOf(String insee) {
        List<JsonNode> referents = elements(asCoordinator().get().uri("/api/communes/{insee}/referents", insee).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        if (!referents.isEmpty()) {
            return referents.get(0).get("id").asString();
        }
        return post(asCoordinator(), "/api/communes/" + insee + "/referents",
                referent("paul.girard." + unique() + "@exemple.fr"), 201).get("id").asString();
    }

    protected String beneficiary(String insee, String referentId, String phone, String address, boolean consent) {
        return post(asReferentOf(insee), "/api/communes/" + insee + "/beneficiaries", """
                {"referentId": "%s", "firstName": "Jeanne", "lastName": "Dupuis", "phone": %s, "address": %s,
                 "preferredContact": "%s", "consentToBeContacted": %s, "note": "Malentendante : parler fort."}
                """.formatted(referentId, phone == null ? "null" : "\"" + phone + "\"",
                address == null ? "null" : "\"" + address + "\"", phone == null ? "THROUGH_REFERENT" : "PHONE_CALL",
                consent), 201).get("id").asString();
    }

    protected String association(String insee) {
        return post("/api/communes/" + insee + "/associations", """
                {"name": "Banque alimentaire du quartier", "rnaNumber": "W17%s",
                 "contact": {"name": "Martine Roux", "role": "Présidente", "email": "contact@banque-alimentaire.exemple.fr"},
                 "kindsOfNeed": ["EVENTS", "SHOPPING"]}
                """.formatted(String.valueOf(System.nanoTime()).substring(0, 7)), 201).get("id").asString();
    }

    /** A need for a beneficiary, tomorrow from 14:00 to 16:00, one hour. */
    protected static String needFor(String referentId, String beneficiaryId) {
        return """
                {"referentId": "%s", "beneficiaryId": "%s", "title": "Courses du jeudi", "kind": "SHOPPING",
                 "description": "Faire les courses au marché.",
                 "when": {"date": "%s", "startTime": "14:00", "endTime": "16:00"}, "durationMinutes": 60}
                """.formatted(referentId, beneficiaryId, LocalDate.now(Departement.ZONE).plusDays(1));
    }

    protected JsonNode post(String path, String body, int expectedStatus) {
        return post(client, path, body, expectedStatus);
    }

    protected JsonNode post(RestTestClient as, String path, String body, int expectedStatus) {
        return json(as.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isEqualTo(expectedStatus)
                .expectBody(String.class).returnResult().getResponseBody());
    }

    protected static String partnershipRequest() {
        return """
                {"firstName": "Claire", "lastName": "Dupont", "role": "Secrétaire de mairie",
                 "email": "Mairie@Exemple.fr", "phone": "05 46 41 23 45",
                 "message": "Nous souhaitons rejoindre L’Heure Civique."}
                """;
    }

    protected static String activation() {
        return """
                {"recordedBy": "Sophie Bernard", "charterSignedOn": "%s", "communicationKitSentOn": "%s",
                 "note": "Charte signée en conseil municipal"}
                """.formatted(LocalDate.now(Departement.ZONE).minusDays(2), LocalDate.now(Departement.ZONE));
    }

    protected static String referent(String email) {
        return """
                {"firstName": "Paul", "lastName": "Girard", "email": "%s", "phone": "06 11 22 33 44",
                 "role": "Adjoint aux solidarités"}
                """.formatted(email);
    }

    protected static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
