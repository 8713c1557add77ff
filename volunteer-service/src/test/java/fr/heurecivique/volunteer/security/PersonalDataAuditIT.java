package fr.heurecivique.volunteer.security;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.EventSchemas;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import fr.heurecivique.testsupport.TestTokens;
import fr.heurecivique.volunteer.VolunteerScenarios;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff access to volunteers' personal data is audited: who, what, when — never the data. */
@PlatformIntegrationTest
class PersonalDataAuditIT extends VolunteerScenarios {

    @Test
    void aRosterExportAndAStaffReadAreAuditedWithIdsOnly() {
        String commune = spareCommune();
        String id = signUp("Claire", "Martin", commune, true);
        String referent = TestTokens.referent(commune);
        String subject = (String) TestTokens.claims(referent).get("sub");
        try (EventProbe audit = probe(Topics.AUDIT_EVENTS.name())) {
            as(referent).get().uri("/api/volunteers?commune={c}", commune).header("Accept", "text/csv").exchange()
                    .expectStatus().isOk();
            CapturedRecord exported = audit.await(record -> record.value() != null
                    && json(record.value()).get("resourceId").asString().equals(commune));
            assertThat(exported.type()).isEqualTo(EventCatalog.PERSONAL_DATA_ACCESSED.name());
            EventSchemas.assertValid(exported.type(), exported.value());
            JsonNode data = json(exported.value());
            assertThat(data.get("actor").asString()).isEqualTo(subject);
            assertThat(data.get("actorRole").asString()).isEqualTo("REFERENT");
            assertThat(data.get("action").asString()).isEqualTo("ROSTER_EXPORTED");
            assertThat(exported.value()).doesNotContain("Claire", "Martin", "exemple.fr", "+336");

            // Her own record read by herself is not staff access; read by a coordinator it is.
            asVolunteer(id).get().uri("/api/volunteers/{id}", id).exchange().expectStatus().isOk();
            client.get().uri("/api/volunteers/{id}", id).exchange().expectStatus().isOk();
            CapturedRecord viewed = audit.await(record -> record.value() != null
                    && json(record.value()).get("resourceId").asString().equals(id));
            assertThat(json(viewed.value()).get("action").asString()).isEqualTo("VOLUNTEER_VIEWED");
            assertThat(json(viewed.value()).get("actorRole").asString()).isEqualTo("COORDINATOR");
            assertThat(audit.records()).filteredOn(record -> record.value() != null
                    && json(record.value()).get("resourceId").asString().equals(id)).hasSize(1);
        }
    }
}
