package fr.heurecivique.identity.rgpd;

import fr.heurecivique.identity.IdentityScenarios;
import fr.heurecivique.identity.accounts.Account;
import fr.heurecivique.identity.accounts.AccountRepository;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The account part of a volunteer's RGPD export: for a service token only, and never the password hash. */
@PlatformIntegrationTest
class InternalVolunteerAccountIT extends IdentityScenarios {

    @Autowired
    AccountRepository accounts;

    @Test
    void aServiceReadsAVolunteersAccountAndNobodyElseDoes() {
        String volunteerId = UUID.randomUUID().toString();
        String email = "export." + volunteerId.substring(0, 8) + "@exemple.fr";
        accounts.save(Account.volunteer(email, "Claire", "Martin", volunteerId, clock.instant()));

        String body = client.get().uri("/internal/volunteers/{id}/account", volunteerId)
                .header("Authorization", "Bearer " + serviceToken()).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(json(body).get("accounts").get(0).get("email").asString()).isEqualTo(email);
        assertThat(json(body).get("accounts").get(0).get("roles").toString()).contains("VOLUNTEER");
        assertThat(body).doesNotContain("password\"", "passwordHash");

        client.get().uri("/internal/volunteers/{id}/account", volunteerId).exchange().expectStatus()
                .isUnauthorized();
        client.get().uri("/internal/volunteers/{id}/account", volunteerId)
                .header("Authorization", "Bearer " + demoToken(CLAIRE)).exchange().expectStatus().isForbidden();
    }

    private String serviceToken() {
        String basic = Base64.getEncoder().encodeToString(("notification-service:" + SERVICE_SECRET).getBytes());
        String body = client.post().uri("/oauth2/token").header("Authorization", "Basic " + basic)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=client_credentials&scope=internal")
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        return json(body).get("access_token").asString();
    }
}
