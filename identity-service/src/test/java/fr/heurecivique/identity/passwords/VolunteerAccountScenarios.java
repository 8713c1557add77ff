package fr.heurecivique.identity.passwords;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.volunteer.VolunteerConsents;
import fr.heurecivique.contracts.volunteer.VolunteerRegistered;
import fr.heurecivique.contracts.volunteer.VolunteerState;
import fr.heurecivique.identity.Browser;
import fr.heurecivique.identity.IdentityScenarios;
import fr.heurecivique.identity.accounts.Account;
import fr.heurecivique.identity.accounts.AccountRepository;
import fr.heurecivique.localstack.OidcSignIn;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.EventSchemas;
import fr.heurecivique.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.oauth2.jwt.Jwt;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A volunteer's sign-up gives them an account and an emailed link (through an event for notification-service) where
 * they choose their password, once; then they sign in and their token names them as that volunteer.
 */
public abstract class VolunteerAccountScenarios extends IdentityScenarios {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Autowired
    AccountRepository accounts;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aSignUpGivesAnAccountWhoseLinkSetsThePasswordOnce() {
        String email = uniqueEmail();
        String volunteerId = UUID.randomUUID().toString();
        CapturedRecord requested;
        try (EventProbe probe = probe(Topics.ACCOUNT_EVENTS.name())) {
            publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, volunteerId, 0, registered(volunteerId, email));
            Account account = await().atMost(DEADLINE).until(() -> accounts.findByEmail(email), Optional::isPresent)
                    .orElseThrow();
            assertThat(account.volunteerId()).isEqualTo(volunteerId);
            assertThat(account.passwordHash()).isNull();
            requested = probe.await(EventCatalog.ACCOUNT_PASSWORD_SETUP_REQUESTED.name(), account.id());
        }
        EventSchemas.assertValid(requested.type(), requested.value());
        JsonNode data = json(requested.value());
        assertThat(data.get("email").asString()).isEqualTo(email);
        assertThat(data.get("firstName").asString()).isEqualTo("Claire");
        assertThat(data.get("reason").asString()).isEqualTo("VOLUNTEER_SIGN_UP");
        assertThat(Instant.parse(data.get("expiresAt").asString()))
                .isBetween(Instant.now().plus(Duration.ofDays(7)).minusSeconds(60), Instant.now().plus(Duration.ofDays(7)));
        URI link = URI.create(data.get("linkUrl").asString());
        assertThat(link.toString()).startsWith(ISSUER + "/account/password?token=");

        // Before choosing a password, the account cannot sign in.
        assertThatThrownBy(() -> accessToken(email, "")).isInstanceOf(OidcSignIn.SignInException.class);

        Browser browser = new Browser(baseUrl());
        HttpResponse<String> form = browser.get(pathOf(link));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Choisir votre mot de passe");
        HttpResponse<String> mismatch = browser.post("/account/password", Map.of("token", token(link),
                "password", "une phrase facile", "confirmation", "une autre phrase"));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("Les deux mots de passe saisis ne sont pas identiques.");
        HttpResponse<String> done = browser.post("/account/password", Map.of("token", token(link),
                "password", "une phrase facile", "confirmation", "une phrase facile"));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Mot de passe enregistré");

        Jwt jwt = verify(accessToken(email, "une phrase facile"));
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("VOLUNTEER");
        assertThat(jwt.getClaimAsString("volunteer_id")).isEqualTo(volunteerId);

        // The same link again: refused, in French, whatever is posted.
        Browser other = new Browser(baseUrl());
        HttpResponse<String> reused = other.get(pathOf(link));
        assertThat(reused.statusCode()).isEqualTo(410);
        assertThat(reused.body()).contains("Ce lien a déjà servi").contains("Recevoir un nouveau lien");
        other.get("/account/password-reset");
        HttpResponse<String> reposted = other.post("/account/password", Map.of("token", token(link),
                "password", "un autre mot de passe", "confirmation", "un autre mot de passe"));
        assertThat(reposted.statusCode()).isEqualTo(410);
        assertThat(reposted.body()).contains("Ce lien a déjà servi");
        assertThatThrownBy(() -> accessToken(email, "un autre mot de passe"))
                .isInstanceOf(OidcSignIn.SignInException.class);
    }

    @Test
    void anExpiredOrForgedLinkGetsAClearFrenchPage() {
        String email = uniqueEmail();
        String volunteerId = UUID.randomUUID().toString();
        URI link;
        try (EventProbe probe = probe(Topics.ACCOUNT_EVENTS.name())) {
            publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, volunteerId, 0, registered(volunteerId, email));
            String accountId = await().atMost(DEADLINE).until(() -> accounts.findByEmail(email), Optional::isPresent)
                    .orElseThrow().id();
            link = URI.create(json(probe.await(EventCatalog.ACCOUNT_PASSWORD_SETUP_REQUESTED.name(), accountId)
                    .value()).get("linkUrl").asString());
        }
        Browser browser = new Browser(baseUrl());
        String forged = token(link).substring(0, token(link).length() - 4) + "AAAA";
        HttpResponse<String> mangled = browser.get("/account/password?token=" + forged);
        assertThat(mangled.statusCode()).isEqualTo(400);
        assertThat(mangled.body()).contains("Ce lien n’est pas valide");

        ((MutableClock) clock).advance(Duration.ofDays(7).plusMinutes(1));
        HttpResponse<String> expired = browser.get(pathOf(link));
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("Ce lien a expiré");
        assertThat(accounts.findByEmail(email).orElseThrow().passwordHash()).isNull();
    }

    @Test
    void aResetAnswersTheSameForAnyAddressAndSendsALinkOnlyToAnAccount() {
        Browser browser = new Browser(baseUrl());
        String accountId = accounts.findByEmail(COORDINATOR).orElseThrow().id();
        try (EventProbe probe = probe(Topics.ACCOUNT_EVENTS.name())) {
            browser.get("/account/password-reset");
            HttpResponse<String> unknown = browser.post("/account/password-reset", Map.of("email",
                    uniqueEmail()));
            browser.get("/account/password-reset");
            HttpResponse<String> known = browser.post("/account/password-reset", Map.of("email",
                    COORDINATOR.toUpperCase()));
            assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(200);
            assertThat(known.body()).isEqualTo(unknown.body()).contains("Si un compte existe pour cette adresse");

            CapturedRecord reset = probe.await(EventCatalog.ACCOUNT_PASSWORD_SETUP_REQUESTED.name(), accountId);
            EventSchemas.assertValid(reset.type(), reset.value());
            assertThat(json(reset.value()).get("reason").asString()).isEqualTo("PASSWORD_RESET");
            probe.awaitCaughtUp();
            assertThat(probe.records()).hasSize(1);
        }
    }

    @Test
    void aDemoVolunteersAccountIsLinkedWithoutAskingForAPassword() {
        String volunteerId = UUID.randomUUID().toString();
        String accountId = accounts.findByEmail(CLAIRE).orElseThrow().id();
        try (EventProbe probe = probe(Topics.ACCOUNT_EVENTS.name())) {
            publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, volunteerId, 0, registered(volunteerId, CLAIRE));
            await().atMost(DEADLINE).until(() -> volunteerId.equals(accounts.findById(accountId).orElseThrow()
                    .volunteerId()));
            probe.awaitCaughtUp();
            assertThat(probe.records()).isEmpty();
        }
        Jwt jwt = verify(demoToken(CLAIRE));
        assertThat(jwt.getClaimAsString("volunteer_id")).isEqualTo(volunteerId);
        assertThat(jwt.getSubject()).isEqualTo(accountId);
    }

    @Test
    void aRedeliveredSignUpCreatesNothingMoreAndSendsNoSecondLink() {
        String email = uniqueEmail();
        String volunteerId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        VolunteerRegistered registered = registered(volunteerId, email);
        try (EventProbe probe = probe(Topics.ACCOUNT_EVENTS.name())) {
            publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, eventId, volunteerId, 0, registered);
            String accountId = await().atMost(DEADLINE).until(() -> accounts.findByEmail(email),
                    Optional::isPresent).orElseThrow().id();
            probe.await(EventCatalog.ACCOUNT_PASSWORD_SETUP_REQUESTED.name(), accountId);

            // A redelivery, then the same event after its processed-event record was lost (a crash between
            // applying and recording): the account, already linked to this volunteer, changes nothing.
            publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, eventId, volunteerId, 0, registered);
            await().atMost(DEADLINE).until(() -> processed(eventId) == 1);
            mongo.remove(Query.query(Criteria.where("eventId").is(eventId)), "processed_events");
            publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, eventId, volunteerId, 0, registered);
            await().atMost(DEADLINE).until(() -> processed(eventId) == 1);

            probe.awaitCaughtUp();
            assertThat(probe.records()).filteredOn(record -> accountId.equals(record.key())).hasSize(1);
            assertThat(accounts.findByVolunteerId(volunteerId)).hasSize(1);
        }
    }

    private long processed(String eventId) {
        return mongo.count(Query.query(Criteria.where("eventId").is(eventId)), "processed_events");
    }

    @Test
    void anErasedVolunteerLosesTheirAccount() {
        String email = uniqueEmail();
        String volunteerId = UUID.randomUUID().toString();
        publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, volunteerId, 0, registered(volunteerId, email));
        await().atMost(DEADLINE).until(() -> accounts.findByEmail(email).isPresent());

        // The tombstone that follows an erasure on the compacted topic.
        publisher.send(Topics.VOLUNTEER_EVENTS.name(), volunteerId, Map.of(), null);
        await().atMost(DEADLINE).until(() -> accounts.findByEmail(email).isEmpty());
    }

    static VolunteerRegistered registered(String id, String email) {
        return new VolunteerRegistered(new VolunteerState(id, 0, "REGISTERED", "Claire", "Martin", email,
                "+33612345678", "17300", null, new VolunteerConsents(true, true, true, true), Instant.now()));
    }

    static String uniqueEmail() {
        return "benevole." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
    }

    private static String pathOf(URI link) {
        return link.getRawPath() + "?" + link.getRawQuery();
    }

    private static String token(URI link) {
        return link.getRawQuery().substring("token=".length());
    }
}
