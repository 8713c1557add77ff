package fr.heurecivique.notification.delivery;

import fr.heurecivique.defaults.outbox.AggregateStore;
import fr.heurecivique.localstack.infra.EmbeddedSmtp;
import fr.heurecivique.notification.NotificationScenarios;
import fr.heurecivique.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The delivery log answers staff's questions, and an operator can send a failed message again. */
abstract class DeliveryLogScenarios extends NotificationScenarios {

    @Autowired
    Deliveries deliveries;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AggregateStore store;
    @Autowired
    List<ChannelSender> senders;
    @Autowired
    NotificationProperties properties;

    EmbeddedSmtp smtp = EmbeddedInfrastructure.smtp();

    @Test
    void anOperatorSendsAFailedMessageAgainOnce() {
        moveTo(LocalTime.of(10, 0));
        String phone = "+337" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String number = phone.substring(1);
        SMS_PROVIDER.refuse(number);
        String eventId = UUID.randomUUID().toString();
        deliveries.request(eventId, new Recipient("VOLUNTEER", "v-" + eventId, phone), Channel.SMS,
                new Message("test-sms", null, "Bonjour", null));
        JsonNode failed = await().atMost(Duration.ofSeconds(30)).until(() -> entry("sourceEventId=" + eventId),
                entry -> entry != null && "FAILED".equals(entry.get("status").asString()));
        String id = failed.get("id").asString();

        SMS_PROVIDER.accept(number);
        client.post().uri("/api/notifications/{id}/resend", id).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("PENDING");

        await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(entry("sourceEventId=" + eventId)
                .get("status").asString()));
        assertThat(SMS_PROVIDER.accepted(number)).hasSize(1);
        client.post().uri("/api/notifications/{id}/resend", id).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail ->
                        assertThat(detail.toString()).startsWith("Seul un message en échec peut être renvoyé"));
    }

    @Test
    void filtersByRecipientEventAndStatusPagesAndShowsContentOnlyOnTheMessage() {
        String email = "log." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        List<String> eventIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String eventId = UUID.randomUUID().toString();
            eventIds.add(eventId);
            deliveries.request(eventId, new Recipient("VOLUNTEER", "v1", email), Channel.EMAIL,
                    new Message("test-mail", "Objet " + i, "Texte " + i, "<p>Texte " + i + "</p>"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> json(page("recipient=" + email + "&status=SENT"))
                .get("totalItems").asInt() == 3);

        JsonNode firstPage = json(page("recipient=" + email + "&size=2"));
        assertThat(firstPage.get("items")).hasSize(2);
        assertThat(firstPage.get("totalPages").asInt()).isEqualTo(2);
        assertThat(firstPage.get("items").get(0).has("text")).isFalse();
        JsonNode second = entry("sourceEventId=" + eventIds.get(1));
        assertThat(second.get("recipient").asString()).isEqualTo(email);
        assertThat(json(page("recipient=" + email + "&status=FAILED")).get("totalItems").asInt()).isZero();

        client.get().uri("/api/notifications/{id}", second.get("id").asString()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.subject").isEqualTo("Objet 1")
                .jsonPath("$.text").isEqualTo("Texte 1")
                .jsonPath("$.delivery.status").isEqualTo("SENT");
        client.get().uri("/api/notifications/{id}", UUID.randomUUID()).exchange().expectStatus().isNotFound();
    }

    @Test
    void twoDispatchersSendEachMessageOnce() throws InterruptedException {
        // A second instance's dispatcher, claiming from the same database concurrently with this one.
        DeliveryDispatcher secondInstance = new DeliveryDispatcher(mongo, store, senders, properties,
                clock, List.of(), List.of());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread second = new Thread(() -> {
            while (running.get()) {
                secondInstance.dispatchDue();
            }
        });
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> addresses = new ArrayList<>();
        second.start();
        try {
            for (int i = 0; i < 20; i++) {
                String address = "twice." + run + "." + i + "@exemple.fr";
                addresses.add(address);
                deliveries.request(UUID.randomUUID().toString(), new Recipient("VOLUNTEER", "v" + i, address),
                        Channel.EMAIL, new Message("test-mail", "Objet", "Texte", "<p>Texte</p>"));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> addresses.stream().allMatch(address ->
                    json(page("recipient=" + address + "&status=SENT")).get("totalItems").asInt() == 1));
        } finally {
            running.set(false);
            second.join();
        }
        addresses.forEach(address -> assertThat(smtp.messages()).filteredOn(mail -> mail.to().equals(address))
                .hasSize(1));
    }

    private String page(String query) {
        return client.get().uri("/api/notifications?" + query).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private JsonNode entry(String query) {
        JsonNode items = json(page(query)).get("items");
        return items.isEmpty() ? null : items.get(0);
    }
}
