package fr.heurecivique.notification.delivery;

import fr.heurecivique.defaults.outbox.AggregateStore;
import fr.heurecivique.defaults.outbox.OutboxAggregate;
import fr.heurecivique.notification.NotificationScenarios;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deliveries are saved through the shared store (they were saved with a full replace): a save never puts back what
 * the relay published, nor drops its lease.
 */
@PlatformIntegrationTest
class DeliveryOutboxIT extends NotificationScenarios {

    private static final String LEASE = "outboxLease";

    @Autowired
    AggregateStore store;
    @Autowired
    DeliveryRepository repository;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aSaveAfterTheRelayPublishedAnEventNeitherPutsItBackNorDropsTheRelaysLease() {
        // Due in ten days: the dispatcher leaves it alone; this test plays the provider's answers.
        Instant now = clock.instant();
        Delivery delivery = store.insert(Delivery.toSend(UUID.randomUUID().toString(),
                new Recipient("VOLUNTEER", "v-outbox", "outbox@exemple.fr"), Channel.EMAIL,
                new Message("test-mail", "Objet", "Texte", null), now, now.plus(Duration.ofDays(10)),
                now.plus(Duration.ofDays(10))));
        String id = delivery.id();
        change(id, refused -> refused.refused("Brevo answered 400", clock.instant()));
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(id).isEmpty());
        // Another instance's relay holds the document: this instance's relay leaves it alone.
        lease(id, new Document("owner", "another-instance").append("until", Date.from(Instant.now().plusSeconds(600))));
        try {
            change(id, again -> {
                again.resend(clock.instant());
                again.refused("Brevo answered 400 again", clock.instant());
            });
            Delivery loaded = repository.findById(id).orElseThrow();
            String published = loaded.pendingEvents().get(0).eventId();
            // That relay publishes the event and removes it while this instance changes the delivery it loaded.
            mongo.updateFirst(byId(id), new Update().pull(OutboxAggregate.PENDING_EVENTS_FIELD,
                    new Document("eventId", published)), Deliveries.COLLECTION);
            loaded.resend(clock.instant());
            loaded.refused("Brevo answered 400 a third time", clock.instant());
            store.save(loaded);

            Document stored = mongo.findById(id, Document.class, Deliveries.COLLECTION);
            assertThat(stored.get(LEASE, Document.class).getString("owner")).isEqualTo("another-instance");
            assertThat(pending(id)).extracting(event -> event.getString("eventId")).doesNotContain(published)
                    .hasSize(1);
            assertThat(stored.getString("statusReason")).isEqualTo("Brevo answered 400 a third time");
        } finally {
            lease(id, null);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(id).isEmpty());
    }

    private void change(String id, java.util.function.Consumer<Delivery> change) {
        Delivery delivery = repository.findById(id).orElseThrow();
        change.accept(delivery);
        store.save(delivery);
    }

    private void lease(String id, Document lease) {
        mongo.updateFirst(byId(id), lease == null ? new Update().unset(LEASE) : new Update().set(LEASE, lease),
                Deliveries.COLLECTION);
    }

    private List<Document> pending(String id) {
        return mongo.findById(id, Document.class, Deliveries.COLLECTION)
                .getList(OutboxAggregate.PENDING_EVENTS_FIELD, Document.class, List.of());
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
