package fr.heurecivique.matching.security;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.need.NeedPosted;
import fr.heurecivique.contracts.need.NeedSchedule;
import fr.heurecivique.contracts.need.NeedState;
import fr.heurecivique.testsupport.AuthorizationMatrix;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import fr.heurecivique.testsupport.ServiceScenarios;
import fr.heurecivique.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Every endpoint × every persona, as written in {@code authorization-matrix.csv}. */
@PlatformIntegrationTest
class AuthorizationMatrixIT extends ServiceScenarios {

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
        String need = UUID.randomUUID().toString();
        Instant now = Instant.now();
        publisher.publish(EventCatalog.NEED_POSTED, need, 0, new NeedPosted(new NeedState(need, 0, "17300",
                "Courses du jeudi", "SHOPPING", "Faire les courses", "OPEN", 46.16, -1.15, now, "INDIVIDUAL",
                "b-" + need, null, null, "BENEFICIARY_HOME", true, new NeedSchedule("ONCE",
                LocalDate.now().plusDays(2), null, null, null, LocalTime.of(14, 0), LocalTime.of(16, 0)), 60, 1,
                "NORMAL", null, now)));
        await().atMost(Duration.ofSeconds(30)).until(() -> as(TestTokens.coordinator()).get()
                .uri("/api/needs/{id}/suggestions", need).exchange().returnResult(String.class)
                .getStatus().value() == 200);
        MATRIX.verify("http://localhost:" + port, row -> new AuthorizationMatrix.Fixture(
                AuthorizationMatrix.tokens("volunteer-1", "volunteer-2", "17300", "17299"), Map.of("needId", need)));
    }
}
