package fr.heurecivique.identity.security;

import fr.heurecivique.identity.IdentityScenarios;
import fr.heurecivique.testsupport.AuthorizationMatrix;
import fr.heurecivique.testsupport.Persona;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Every endpoint × every persona, as written in {@code authorization-matrix.csv}, with tokens identity-service issues
 * itself to its demo accounts (signed in as a person would).
 */
@PlatformIntegrationTest
class AuthorizationMatrixIT extends IdentityScenarios {

    private static final AuthorizationMatrix MATRIX = AuthorizationMatrix.load("authorization-matrix.csv");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void every_endpoint_has_its_row() {
        MATRIX.assertEveryEndpointHasARow(mapping);
    }

    @Test
    void every_persona_gets_what_the_matrix_says() {
        Map<Persona, String> tokens = new EnumMap<>(Persona.class);
        tokens.put(Persona.VOLUNTEER, demoToken(CLAIRE));
        tokens.put(Persona.OTHER_VOLUNTEER, demoToken("karim.benali@example.fr"));
        tokens.put(Persona.REFERENT, demoToken(REFERENT_LA_ROCHELLE));
        tokens.put(Persona.OTHER_REFERENT, demoToken("referent.rochefort@demo.example.fr"));
        tokens.put(Persona.COORDINATOR, demoToken(COORDINATOR));
        tokens.put(Persona.ADMIN, demoToken(ADMIN));
        MATRIX.verify("http://localhost:" + port, row -> {
            String email = "matrice." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
            String toDelete = json(client.post().uri("/api/accounts").header("Authorization", "Bearer "
                    + tokens.get(Persona.ADMIN)).contentType(MediaType.APPLICATION_JSON).body(Map.of("email",
                    "supprime." + email, "displayName", "Agent de test", "roles", java.util.List.of("REFERENT"),
                    "communes", java.util.List.of("17300"))).exchange().expectStatus().isCreated()
                    .expectBody(String.class).returnResult().getResponseBody()).get("id").asString();
            return new AuthorizationMatrix.Fixture(tokens, Map.of("email", email, "accountId", toDelete));
        });
    }
}
