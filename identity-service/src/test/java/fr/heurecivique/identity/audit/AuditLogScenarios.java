package fr.heurecivique.identity.audit;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.audit.PersonalDataAccessed;
import fr.heurecivique.identity.IdentityScenarios;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The admins read the audit of staff access to personal data that the services report (issue 7, part 5). */
public abstract class AuditLogScenarios extends IdentityScenarios {

    @Test
    void aReportedAccessReachesTheAdminsAuditLogOnceAndOnlyAdminsReadIt() {
        String auditId = UUID.randomUUID().toString();
        String resource = "volunteer-" + UUID.randomUUID();
        PersonalDataAccessed accessed = new PersonalDataAccessed(auditId, "account-42", "REFERENT", "ROSTER_EXPORTED",
                "COMMUNE_ROSTER", resource, "volunteer-service", Instant.parse("2026-10-01T08:00:00Z"));
        publisher.publish(EventCatalog.PERSONAL_DATA_ACCESSED, auditId, auditId, 0, accessed);
        publisher.publish(EventCatalog.PERSONAL_DATA_ACCESSED, auditId, auditId, 0, accessed);

        String admin = demoToken(ADMIN);
        String page = await().atMost(Duration.ofSeconds(30)).until(() -> client.get()
                .uri("/api/audit?resource={r}&from=2026-10-01T00:00:00Z&to=2026-10-02T00:00:00Z", resource)
                .header("Authorization", "Bearer " + admin).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody(), body -> json(body).get("totalItems")
                .asInt() > 0);
        assertThat(json(page).get("totalItems").asInt()).isEqualTo(1);
        assertThat(json(page).get("items").get(0).get("actor").asString()).isEqualTo("account-42");
        assertThat(json(page).get("items").get(0).get("action").asString()).isEqualTo("ROSTER_EXPORTED");
        client.get().uri("/api/audit?resource={r}&from=2026-10-02T00:00:00Z", resource)
                .header("Authorization", "Bearer " + admin).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);

        client.get().uri("/api/audit").header("Authorization", "Bearer " + demoToken(COORDINATOR)).exchange()
                .expectStatus().isForbidden();
        client.get().uri("/api/audit").exchange().expectStatus().isUnauthorized();
    }
}
