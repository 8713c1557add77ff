package fr.heurecivique.notification.sms;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.notification.NotificationScenarios;
import fr.heurecivique.notification.SmsProviderStub;
import fr.heurecivique.notification.delivery.Channel;
import fr.heurecivique.notification.delivery.Deliveries;
import fr.heurecivique.notification.delivery.Message;
import fr.heurecivique.notification.delivery.Recipient;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.EventSchemas;
import fr.heurecivique.testsupport.MutableClock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** SMS go through the provider's HTTP API under retry, circuit breaker and rate limit, never at night, never lost. */
abstract class SmsDeliveryScenarios extends NotificationScenarios {

    @Autowired
    Deliveries deliveries;
    @Autowired
    SmsSender sms;

    /** SMS tests run at 10:00 in Paris (whenever the build runs), except the one about the night. */
    @BeforeEach
    void tenInTheMorning() {
        moveTo(LocalTime.of(10, 0));
    }

    @AfterEach
    void aWorkingProvider() {
        SMS_PROVIDER.failUntil(Instant.MIN);
    }

    @Test
    void anSmsGoesThroughTheProvidersApiInGsm7() {
        String phone = uniquePhone();
        String eventId = request(phone, "Rendez-vous à 14 h : l’équipe vous attend — à bientôt !");

        JsonNode sent = awaitStatus(phone, "SENT");
        assertThat(sent.get("provider").asString()).isEqualTo("brevo");
        assertThat(sent.get("sourceEventId").asString()).isEqualTo(eventId);
        SmsProviderStub.Call call = SMS_PROVIDER.accepted(international(phone)).get(0);
        assertThat(call.content()).isEqualTo("Rendez-vous à 14 h : l'équipe vous attend - à bientot !");
        assertThat(call.sender()).isEqualTo("HCivique17");
        assertThat(call.type()).isEqualTo("transactional");
    }

    @Test
    void anSmsDueAt22IsDeferredTo8() {
        moveTo(LocalTime.of(22, 0));
        String phone = uniquePhone();

        request(phone, "Votre mise en relation est confirmée.");

        JsonNode deferred = awaitStatus(phone, "DEFERRED");
        Instant eightAm = Instant.parse(deferred.get("nextAttemptAt").asString());
        assertThat(eightAm.atZone(PARIS).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(Duration.between(clock.instant(), eightAm)).isBetween(Duration.ofHours(9).minusMinutes(1),
                Duration.ofHours(10));
        assertThat(SMS_PROVIDER.callsFor(international(phone))).isEmpty();

        ((MutableClock) clock).advance(Duration.between(clock.instant(), eightAm).plusSeconds(1));
        awaitStatus(phone, "SENT");
        assertThat(SMS_PROVIDER.accepted(international(phone))).hasSize(1);
    }

    @Test
    void aProviderOutageOpensTheCircuitThenEveryMessageIsSentExactlyOnce() {
        List<CircuitBreaker.State> states = new CopyOnWriteArrayList<>();
        sms.guard().circuitBreaker().getEventPublisher()
                .onStateTransition(event -> states.add(event.getStateTransition().getToState()));
        SMS_PROVIDER.failUntil(Instant.now().plusSeconds(3));
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            phones.add(uniquePhone());
            request(phones.get(i), "Message " + i);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> phones.stream()
                .allMatch(phone -> "SENT".equals(log(phone).get("status").asString())));

        assertThat(states).contains(CircuitBreaker.State.OPEN, CircuitBreaker.State.CLOSED);
        phones.forEach(phone -> assertThat(SMS_PROVIDER.accepted(international(phone))).hasSize(1));
        assertThat(phones.stream().mapToInt(phone -> SMS_PROVIDER.callsFor(international(phone)).size()).sum())
                .isGreaterThan(5);
    }

    @Test
    void aRefusedNumberFailsAtOnceWithoutARetryStorm() {
        String phone = uniquePhone();
        SMS_PROVIDER.refuse(international(phone));
        try (EventProbe probe = probe(Topics.NOTIFICATION_EVENTS.name())) {
            String eventId = request(phone, "Bonjour");

            JsonNode failed = awaitStatus(phone, "FAILED");
            assertThat(failed.get("attempts").asInt()).isEqualTo(1);
            assertThat(failed.get("statusReason").asString()).isEqualTo("Brevo answered 400");
            assertThat(SMS_PROVIDER.callsFor(international(phone))).hasSize(1);
            CapturedRecord event = probe.await(record -> EventCatalog.NOTIFICATION_FAILED.name().equals(record.type())
                    && record.value().contains(eventId));
            EventSchemas.assertValid(event.type(), event.value());
            assertThat(event.value()).doesNotContain(phone).doesNotContain(international(phone));
        }
    }

    private String request(String phone, String text) {
        String eventId = UUID.randomUUID().toString();
        deliveries.request(eventId, new Recipient("VOLUNTEER", UUID.randomUUID().toString(), phone), Channel.SMS,
                new Message("test-sms", null, GsmText.normalize(text), null));
        return eventId;
    }

    private JsonNode awaitStatus(String phone, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> log(phone),
                entry -> entry != null && status.equals(entry.get("status").asString()));
    }

    private JsonNode log(String phone) {
        String body = client.get().uri("/api/notifications?recipient={phone}", phone).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        JsonNode items = json(body).get("items");
        return items.isEmpty() ? null : items.get(0);
    }

    private static String uniquePhone() {
        return "+336" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String international(String e164) {
        return e164.substring(1);
    }
}
