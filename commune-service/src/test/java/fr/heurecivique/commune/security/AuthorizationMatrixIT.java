package fr.heurecivique.commune.security;

import fr.heurecivique.commune.CommuneScenarios;
import fr.heurecivique.testsupport.AuthorizationMatrix;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Map;

/** Every endpoint × every persona, as written in {@code authorization-matrix.csv}. */
@PlatformIntegrationTest
class AuthorizationMatrixIT extends CommuneScenarios {

    private static final AuthorizationMatrix MATRIX = AuthorizationMatrix.load("authorization-matrix.csv");
    private static final String LA_ROCHELLE = "17300";
    private static final String ROCHEFORT = "17299";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void every_endpoint_has_its_row() {
        MATRIX.assertEveryEndpointHasARow(mapping);
    }

    @Test
    void every_persona_gets_what_the_matrix_says() {
        ensurePartner(LA_ROCHELLE);
        String referent = post(asCoordinator(), "/api/communes/" + LA_ROCHELLE + "/referents",
                referent("matrice." + unique() + "@exemple.fr"), 201).get("id").asString();
        String beneficiary = beneficiary(LA_ROCHELLE, referent, "06 12 34 56 78", null, true);
        String association = post(asReferentOf(LA_ROCHELLE), "/api/communes/" + LA_ROCHELLE + "/associations", """
                {"name": "Les Amis du Port", "contact": {"name": "Martine Roux", "role": "Présidente",
                 "email": "contact@amis-du-port.exemple.fr"}, "kindsOfNeed": ["EVENTS"]}
                """, 201).get("id").asString();
        String otherBeneficiary = beneficiary(LA_ROCHELLE, referent, null, null, false);
        String need = post(asReferentOf(LA_ROCHELLE), "/api/communes/" + LA_ROCHELLE + "/needs",
                needFor(referent, otherBeneficiary), 201).get("id").asString();
        Map<String, String> variables = Map.of("insee", LA_ROCHELLE, "otherInsee", ROCHEFORT, "referentId", referent,
                "beneficiaryId", beneficiary, "associationId", association, "needId", need);
        // No volunteer record in this service: the volunteers' tokens name made-up ids.
        var tokens = AuthorizationMatrix.tokens("volunteer-1", "volunteer-2", LA_ROCHELLE, ROCHEFORT);
        MATRIX.verify("http://localhost:" + port, row -> new AuthorizationMatrix.Fixture(tokens, variables));
    }
}
