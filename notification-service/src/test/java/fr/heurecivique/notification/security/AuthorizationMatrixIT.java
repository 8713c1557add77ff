package fr.heurecivique.notification.security;

import fr.heurecivique.notification.NotificationScenarios;
import fr.heurecivique.testsupport.AuthorizationMatrix;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Map;
import java.util.UUID;

/** Every endpoint × every persona, as written in {@code authorization-matrix.csv}. */
@PlatformIntegrationTest
class AuthorizationMatrixIT extends NotificationScenarios {

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
        MATRIX.verify("http://localhost:" + port, row -> new AuthorizationMatrix.Fixture(
                AuthorizationMatrix.tokens("volunteer-1", "volunteer-2", "17300", "17299"),
                Map.of("deliveryId", UUID.randomUUID().toString(), "token", "Ab3dE9xK7Qp")));
    }
}
