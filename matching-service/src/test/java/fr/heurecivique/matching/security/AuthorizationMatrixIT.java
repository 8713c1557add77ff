package fr.heurecivique.matching.security;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.need.NeedPosted;
import fr.heurecivique.contracts.need.NeedSchedule;
import fr.heurecivique.contracts.need.NeedState;
import fr.heurecivique.contracts.volunteer.VolunteerConsents;
import fr.heurecivique.contracts.volunteer.VolunteerInterviewed;
import fr.heurecivique.contracts.volunteer.VolunteerOnboarding;
import fr.heurecivique.contracts.volunteer.VolunteerPerimeter;
import fr.heurecivique.contracts.volunteer.VolunteerState;
import fr.heurecivique.testsupport.AuthorizationMatrix;
import fr.heurecivique.testsupport.Persona;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import fr.heurecivique.testsupport.ServiceScenarios;
import fr.heurecivique.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
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
        String volunteer = UUID.randomUUID().toString();
        String otherVolunteer = UUID.randomUUID().toString();
        publisher.publish(EventCatalog.VOLUNTEER_INTERVIEWED, volunteer, 3, new VolunteerInterviewed(
                activeVolunteer(volunteer)));
        Map<Persona, String> tokens = AuthorizationMatrix.tokens(volunteer, otherVolunteer, "17300", "17299");
        MATRIX.verify("http://localhost:" + port, row -> {
            String need = openNeed();
            String match = json(as(TestTokens.coordinator()).post().uri("/api/matches")
                    .contentType(MediaType.APPLICATION_JSON).body(Map.of("needId", need, "volunteerId", volunteer))
                    .exchange().expectStatus().isCreated().expectBody(String.class).returnResult()
                    .getResponseBody()).get("matchId").asString();
            return new AuthorizationMatrix.Fixture(tokens, Map.of("needId", need, "matchId", match, "volunteerId",
                    volunteer));
        });
    }

    /** An open need of La Rochelle that matching-service knows, with the volunteer persona suggested for it. */
    private String openNeed() {
        String need = UUID.randomUUID().toString();
        Instant now = Instant.now();
        publisher.publish(EventCatalog.NEED_POSTED, need, 0, new NeedPosted(new NeedState(need, 0, "17300",
                "Courses du jeudi", "SHOPPING", "Faire les courses", "OPEN", 46.16, -1.15, now, "INDIVIDUAL",
                "b-" + need, null, null, "BENEFICIARY_HOME", true, new NeedSchedule("ONCE",
                LocalDate.now().plusDays(10), null, null, null, LocalTime.of(14, 0), LocalTime.of(16, 0)), 60, 1,
                "NORMAL", null, now)));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var result = as(TestTokens.coordinator()).get().uri("/api/needs/{id}/suggestions?limit=50", need)
                    .exchange().returnResult(String.class);
            return result.getStatus().value() == 200 && result.getResponseBody().contains("volunteerId");
        });
        return need;
    }

    private static VolunteerState activeVolunteer(String id) {
        List<VolunteerPerimeter.WeeklySlot> always = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            for (String period : List.of("MORNING", "AFTERNOON", "EVENING")) {
                always.add(new VolunteerPerimeter.WeeklySlot(day, period));
            }
        }
        Instant registered = Instant.parse("2026-01-05T10:00:00Z");
        return new VolunteerState(id, 3, "ACTIVE", "Claire", "Martin", "claire." + id + "@exemple.fr",
                "+33612345678", "17300", null, new VolunteerConsents(true, true, true, true), registered, 46.16,
                -1.15, new VolunteerOnboarding("COMPLETED", "s1", registered, registered, registered),
                new VolunteerPerimeter(List.of("INDIVIDUAL"), 20, List.of("SHOPPING"), always, 5));
    }
}
