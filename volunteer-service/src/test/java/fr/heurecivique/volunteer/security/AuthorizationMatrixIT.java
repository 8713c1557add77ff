package fr.heurecivique.volunteer.security;

import fr.heurecivique.testsupport.AuthorizationMatrix;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import fr.heurecivique.volunteer.VolunteerScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Duration;
import java.util.Map;

/** Every endpoint × every persona, as written in {@code authorization-matrix.csv}. */
@PlatformIntegrationTest
class AuthorizationMatrixIT extends VolunteerScenarios {

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
        String session = publishSession(Duration.ofDays(3), 50);
        MATRIX.verify("http://localhost:" + port, row -> {
            String volunteer = signUp("Claire", "Martin", "17300", true);
            String other = signUp("Karim", "Benali", "17300", true);
            return new AuthorizationMatrix.Fixture(AuthorizationMatrix.tokens(volunteer, other, "17300", "17299"),
                    Map.of("volunteerId", volunteer, "otherVolunteerId", other, "sessionId", session,
                            "commune", "17300", "otherCommune", "17299"));
        });
    }
}
