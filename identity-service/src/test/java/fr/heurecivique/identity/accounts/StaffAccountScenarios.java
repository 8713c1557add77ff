package fr.heurecivique.identity.accounts;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.identity.IdentityScenarios;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.EventSchemas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff accounts through the account API: a resource server on identity-service's own tokens, French problem details
 * for 401 and 403, and the rule that coordinators create referents while admins create anyone.
 */
public abstract class StaffAccountScenarios extends IdentityScenarios {

    @Autowired
    AccountRepository accounts;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReferentAccounts referentAccounts;

    @Test
    void withoutATokenTheApiAnswers401InFrench() {
        client.post().uri("/api/accounts").contentType(MediaType.APPLICATION_JSON).body(referent(uniqueEmail()))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("WWW-Authenticate", header -> assertThat(header).startsWith("Bearer"))
                .expectBody()
                .jsonPath("$.title").isEqualTo("Authentification requise")
                .jsonPath("$.status").isEqualTo(401);
        client.get().uri("/api/accounts").header("Authorization", "Bearer not-a-token").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("expiré"));
    }

    @Test
    void aVolunteerMayNotCreateAccounts() {
        client.post().uri("/api/accounts").header("Authorization", "Bearer " + demoToken(CLAIRE))
                .contentType(MediaType.APPLICATION_JSON).body(referent(uniqueEmail()))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Accès refusé")
                .jsonPath("$.status").isEqualTo(403);
    }

    @Test
    void aCoordinatorCreatesAReferentWhoIsEmailedALink() {
        String email = uniqueEmail();
        String coordinator = demoToken(COORDINATOR);
        CapturedRecord requested;
        try (EventProbe probe = probe(Topics.ACCOUNT_EVENTS.name())) {
            String body = client.post().uri("/api/accounts").header("Authorization", "Bearer " + coordinator)
                    .contentType(MediaType.APPLICATION_JSON).body(referent(email))
                    .exchange()
                    .expectStatus().isCreated()
                    .expectHeader().value("Location", location -> assertThat(location).contains("/api/accounts/"))
                    .expectBody(String.class).returnResult().getResponseBody();
            JsonNode created = json(body);
            assertThat(created.get("email").asString()).isEqualTo(email);
            assertThat(created.get("roles").get(0).asString()).isEqualTo("REFERENT");
            assertThat(created.get("communes").get(0).asString()).isEqualTo("17299");
            assertThat(created.get("passwordChosen").asBoolean()).isFalse();
            assertThat(created.has("passwordHash")).isFalse();
            requested = probe.await(EventCatalog.ACCOUNT_PASSWORD_SETUP_REQUESTED.name(),
                    created.get("id").asString());
        }
        EventSchemas.assertValid(requested.type(), requested.value());
        assertThat(json(requested.value()).get("reason").asString()).isEqualTo("STAFF_ACCOUNT");
        assertThat(json(requested.value()).get("firstName").asString()).isEqualTo("Marie Dupont");

        // The same address again: a conflict.
        client.post().uri("/api/accounts").header("Authorization", "Bearer " + coordinator)
                .contentType(MediaType.APPLICATION_JSON).body(referent(email.toUpperCase()))
                .exchange().expectStatus().isEqualTo(409);
    }

    @Test
    void aCoordinatorMayNotCreateAnAdminButAnAdminMay() {
        String admin = """
                {"email": "%s", "displayName": "Agent du Département", "roles": ["ADMIN"]}""";
        client.post().uri("/api/accounts").header("Authorization", "Bearer " + demoToken(COORDINATOR))
                .contentType(MediaType.APPLICATION_JSON).body(admin.formatted(uniqueEmail()))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.title").isEqualTo("Accès refusé");
        client.post().uri("/api/accounts").header("Authorization", "Bearer " + demoToken(ADMIN))
                .contentType(MediaType.APPLICATION_JSON).body(admin.formatted(uniqueEmail()))
                .exchange()
                .expectStatus().isCreated();
    }

    @Test
    void badRequestsListEachFieldInFrench() {
        client.post().uri("/api/accounts").header("Authorization", "Bearer " + demoToken(ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"email": "pas-une-adresse", "displayName": "", "roles": ["REFERENT"], "communes": ["Rochefort"]}""")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.title").isEqualTo("Requête invalide")
                .jsonPath("$.errors[?(@.field == 'email')]").exists()
                .jsonPath("$.errors[?(@.field == 'displayName')]").exists();
        client.post().uri("/api/accounts").header("Authorization", "Bearer " + demoToken(ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"email": "%s", "displayName": "Sans commune", "roles": ["REFERENT"]}""".formatted(uniqueEmail()))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("communes")
                .jsonPath("$.errors[0].message").isEqualTo("un référent doit avoir au moins une commune");
    }

    @Test
    void onlyAnAdminListsAccountsAndACoordinatorDeletesOnlyReferents() {
        client.get().uri("/api/accounts").header("Authorization", "Bearer " + demoToken(COORDINATOR)).exchange()
                .expectStatus().isForbidden();
        String list = client.get().uri("/api/accounts").header("Authorization", "Bearer " + demoToken(ADMIN))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(list).contains(COORDINATOR, REFERENT_LA_ROCHELLE).doesNotContain("passwordHash", "{bcrypt}");

        String coordinator = demoToken(COORDINATOR);
        String adminId = accounts.findByEmail(ADMIN).orElseThrow().id();
        client.delete().uri("/api/accounts/{id}", adminId).header("Authorization", "Bearer " + coordinator)
                .exchange().expectStatus().isForbidden();
        String referentId = json(client.post().uri("/api/accounts").header("Authorization", "Bearer " + coordinator)
                .contentType(MediaType.APPLICATION_JSON).body(referent(uniqueEmail()))
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody())
                .get("id").asString();
        client.delete().uri("/api/accounts/{id}", referentId).header("Authorization", "Bearer " + coordinator)
                .exchange().expectStatus().isNoContent();
        assertThat(accounts.findById(referentId)).isEmpty();
        client.delete().uri("/api/accounts/{id}", referentId).header("Authorization", "Bearer " + coordinator)
                .exchange().expectStatus().isNotFound();
    }

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

    @Test
    void anAdminFindsAccountsAndDisablesOneWhoseHolderCanNoLongerSignIn() {
        String admin = demoToken(ADMIN);
        String email = uniqueEmail();
        String id = json(client.post().uri("/api/accounts").header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON).body(referent(email))
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody())
                .get("id").asString();
        Account account = accounts.findById(id).orElseThrow();
        account.setPassword(passwordEncoder.encode("un-mot-de-passe-solide"), java.time.Instant.now());
        accounts.save(account);
        assertThat(accessToken(email, "un-mot-de-passe-solide")).isNotBlank();

        // Found by part of the address, whatever its case, and by role; not by another role.
        String found = client.get().uri("/api/accounts?q={q}&role=REFERENT", email.substring(0, 12).toUpperCase())
                .header("Authorization", "Bearer " + admin).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(found).contains(email).doesNotContain(ADMIN);
        assertThat(client.get().uri("/api/accounts?q={q}&role=ADMIN", email).header("Authorization", "Bearer " + admin)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .isEqualTo("[]");

        client.post().uri("/api/accounts/{id}/disable", id).header("Authorization", "Bearer " + demoToken(COORDINATOR))
                .exchange().expectStatus().isForbidden();
        client.post().uri("/api/accounts/{id}/disable", id).header("Authorization", "Bearer " + admin)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.enabled").isEqualTo(false);
        assertThat(accounts.findById(id).orElseThrow().enabled()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accessToken(email, "un-mot-de-passe-solide"))
                .isInstanceOf(fr.heurecivique.localstack.OidcSignIn.SignInException.class);
        assertThat(client.get().uri("/api/accounts?enabled=false").header("Authorization", "Bearer " + admin)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .contains(email).doesNotContain(COORDINATOR);

        client.post().uri("/api/accounts/{id}/enable", id).header("Authorization", "Bearer " + admin)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.enabled").isEqualTo(true);
        assertThat(accessToken(email, "un-mot-de-passe-solide")).isNotBlank();

        // Nobody locks themselves out.
        String adminId = accounts.findByEmail(ADMIN).orElseThrow().id();
        client.post().uri("/api/accounts/{id}/disable", adminId).header("Authorization", "Bearer " + admin)
                .exchange().expectStatus().isEqualTo(409);
        assertThat(accounts.findById(adminId).orElseThrow().enabled()).isTrue();
        client.post().uri("/api/accounts/{id}/disable", "no-such-account").header("Authorization", "Bearer " + admin)
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void aCommuneAppointsAndRemovesAReferent() {
        String email = uniqueEmail();
        String referentId = UUID.randomUUID().toString();
        try (EventProbe probe = probe(Topics.ACCOUNT_EVENTS.name())) {
            referentAccounts.appointed(referentId, email, "Marie Dupont", "17306");
            referentAccounts.appointed(referentId, email, "Marie Dupont", "17306");
            Account account = accounts.findByEmail(email).orElseThrow();
            assertThat(account.roles()).containsExactly(Role.REFERENT);
            assertThat(account.communes()).containsExactly("17306");
            probe.await(EventCatalog.ACCOUNT_PASSWORD_SETUP_REQUESTED.name(), account.id());
            probe.awaitCaughtUp();
            assertThat(probe.records()).hasSize(1);

            referentAccounts.appointed(UUID.randomUUID().toString(), email, "Marie Dupont", "17300");
            assertThat(accounts.findByEmail(email).orElseThrow().communes()).containsExactly("17300", "17306");
            referentAccounts.removed(referentId, "17306");
            assertThat(accounts.findByEmail(email).orElseThrow().communes()).containsExactly("17300");
        }
        String other = accounts.findByEmail(email).orElseThrow().appointments().get(0).referentId();
        referentAccounts.removed(other, "17300");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void theEmailIndexIsUnique() {
        assertThat(mongo.indexOps(Account.class).getIndexInfo()).filteredOn(index -> "email_unique".equals(
                index.getName())).singleElement().extracting(IndexInfo::isUnique).isEqualTo(true);
    }

    private static String referent(String email) {
        return """
                {"email": "%s", "displayName": "Marie Dupont", "roles": ["REFERENT"], "communes": ["17299"]}"""
                .formatted(email);
    }

    private static String uniqueEmail() {
        return "agent." + UUID.randomUUID().toString().substring(0, 8) + "@mairie.example.fr";
    }
}
