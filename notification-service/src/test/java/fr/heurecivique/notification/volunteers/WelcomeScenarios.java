package fr.heurecivique.notification.volunteers;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.volunteer.VolunteerConsents;
import fr.heurecivique.contracts.volunteer.VolunteerRegistered;
import fr.heurecivique.contracts.volunteer.VolunteerState;
import fr.heurecivique.localstack.infra.EmbeddedSmtp;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EmbeddedInfrastructure;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.EventSchemas;
import fr.heurecivique.notification.NotificationScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A new volunteer is welcomed by email over real SMTP, once, and the delivery log shows it. */
abstract class WelcomeScenarios extends NotificationScenarios {

    @Autowired
    MongoTemplate mongo;

    EmbeddedSmtp smtp = EmbeddedInfrastructure.smtp();
    @Test
    void welcomesANewVolunteerByEmailInFrenchAndLogsTheDelivery() {
        String email = uniqueEmail();
        String volunteerId = UUID.randomUUID().toString();
        try (EventProbe probe = probe(Topics.NOTIFICATION_EVENTS.name())) {
            String eventId = publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, volunteerId, 0,
                    registered(volunteerId, email, true));

            EmbeddedSmtp.CapturedMail mail = await().atMost(Duration.ofSeconds(30))
                    .until(() -> mailsTo(email), mails -> mails.size() == 1).get(0);
            assertThat(mail.subject()).isEqualTo("Bienvenue dans L’Heure Civique, Claire !");
            assertThat(mail.from()).contains("ne-pas-repondre@heure-civique.fr");
            assertThat(mail.text()).startsWith("Bonjour Claire,").contains("présentation en visio",
                    "Choisissez une séance parmi celles proposées dans votre espace bénévole").doesNotContain("invitera");
            assertThat(mail.html()).contains("<strong>L’Heure Civique</strong>").contains("Bonjour <span>Claire</span>");

            JsonNode delivery = await().atMost(Duration.ofSeconds(10))
                    .until(() -> log(email), log -> log.size() == 1 && "SENT".equals(log.get(0).get("status")
                            .asString())).get(0);
            assertThat(delivery.get("channel").asString()).isEqualTo("EMAIL");
            assertThat(delivery.get("template").asString()).isEqualTo("volunteer-welcome");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
            assertThat(delivery.get("sourceEventId").asString()).isEqualTo(eventId);
            assertThat(Instant.parse(delivery.get("sentAt").asString())).isBeforeOrEqualTo(Instant.now());
            assertThat(delivery.has("textBody") || delivery.has("htmlBody")).isFalse();

            CapturedRecord sent = probe.await(record -> EventCatalog.NOTIFICATION_SENT.name().equals(record.type())
                    && record.value().contains(eventId));
            EventSchemas.assertValid(sent.type(), sent.value());
            assertThat(sent.value()).doesNotContain(email.toLowerCase()).contains(volunteerId);
        }
    }

    @Test
    void aReplayedEventSendsNothingMore() {
        String email = uniqueEmail();
        String volunteerId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        VolunteerRegistered registered = registered(volunteerId, email, true);
        publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, eventId, volunteerId, 0, registered);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email).size() == 1);

        // A redelivery, then the same event again after its processed-event record was lost (as after a crash
        // between sending and recording): the delivery's unique (event, recipient, channel) key still holds.
        publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, eventId, volunteerId, 0, registered);
        await().atMost(Duration.ofSeconds(30)).until(() -> processedCount(eventId) == 1);
        mongo.remove(Query.query(Criteria.where("eventId").is(eventId)), "processed_events");
        publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, eventId, volunteerId, 0, registered);
        await().atMost(Duration.ofSeconds(30)).until(() -> processedCount(eventId) == 1);

        assertThat(mailsTo(email)).hasSize(1);
        assertThat(log(email)).hasSize(1);
    }

    @Test
    void withoutEmailConsentTheWelcomeIsSuppressed() {
        String email = uniqueEmail();
        String volunteerId = UUID.randomUUID().toString();
        publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, volunteerId, 0, registered(volunteerId, email, false));

        JsonNode delivery = await().atMost(Duration.ofSeconds(30))
                .until(() -> log(email), log -> log.size() == 1).get(0);
        assertThat(delivery.get("status").asString()).isEqualTo("SUPPRESSED");
        assertThat(delivery.get("statusReason").asString()).contains("consentement");
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void anSmtpOutageDelaysTheWelcomeAndNeverLosesIt() {
        String email = uniqueEmail();
        String volunteerId = UUID.randomUUID().toString();
        smtp.suspend();
        try {
            publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, volunteerId, 0, registered(volunteerId, email, true));
            JsonNode failedAttempt = await().atMost(Duration.ofSeconds(30))
                    .until(() -> log(email), log -> log.size() == 1 && log.get(0).get("attempts").asInt() >= 1).get(0);
            assertThat(failedAttempt.get("status").asString()).isEqualTo("PENDING");
            assertThat(failedAttempt.get("statusReason").asString()).isNotBlank().doesNotContain(email.toLowerCase());
            assertThat(failedAttempt.get("nextAttemptAt").isNull()).isFalse();
        } finally {
            smtp.resume();
        }
        JsonNode sent = await().atMost(Duration.ofSeconds(60))
                .until(() -> log(email), log -> "SENT".equals(log.get(0).get("status").asString())).get(0);
        assertThat(sent.get("attempts").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(mailsTo(email)).hasSize(1);
    }

    @Test
    void theDeliveryLogRefusesABadStatusOrPageSize() {
        client.get().uri("/api/notifications?status=LOST").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Requête invalide")
                .jsonPath("$.errors[0].field").isEqualTo("status")
                .jsonPath("$.errors[0].message").value(String.class,
                        message -> assertThat(message).startsWith("valeur non reconnue : valeurs acceptées ")
                                .contains("SENT"));
        client.get().uri("/api/notifications?size=1000").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
    }

    private static VolunteerRegistered registered(String id, String email, boolean emailConsent) {
        return new VolunteerRegistered(new VolunteerState(id, 0, "REGISTERED", "Claire", "Martin", email,
                "+33612345678", "17300", null, new VolunteerConsents(true, emailConsent, true, true),
                Instant.now()));
    }


    private List<JsonNode> log(String email) {
        String body = client.get().uri("/api/notifications?recipient={email}", email).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        return elements(json(body).get("items").toString());
    }

    private long processedCount(String eventId) {
        return mongo.count(Query.query(Criteria.where("eventId").is(eventId)), "processed_events");
    }

    private static String uniqueEmail() {
        return "claire." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
    }
}
