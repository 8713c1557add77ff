package fr.heurecivique.commune.communes;

import fr.heurecivique.commune.CommuneScenarios;
import fr.heurecivique.defaults.outbox.AggregateStore;
import fr.heurecivique.defaults.outbox.OutboxAggregate;
import fr.heurecivique.referencedata.CharenteMaritimeCommunes;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Communes are saved through the shared store: a save never puts back what the relay published, nor drops its lease. */
@PlatformIntegrationTest
class CommuneOutboxIT extends CommuneScenarios {

    private static final String COLLECTION = "communes";
    private static final String LEASE = "outboxLease";

    @Autowired
    Communes communes;
    @Autowired
    AggregateStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;

    @Test
    void aSaveAfterTheRelayPublishedAnEventNeitherPutsItBackNorDropsTheRelaysLease() {
        // The last commune of the département: no other scenario takes it.
        String insee = CharenteMaritimeCommunes.get().all().stream()
                .map(fr.heurecivique.referencedata.Commune::inseeCode).max(String::compareTo).orElseThrow();
        communes.change(insee, commune -> {
            commune.requestPartnership(new TownHallContact("Claire", "Dupont", "Secrétaire de mairie",
                    "mairie@exemple.fr", "+33546000000"), null, clock.instant());
            return null;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(insee).isEmpty());
        // Another instance's relay holds the document: this instance's relay leaves it alone.
        lease(insee, new Document("owner", "another-instance")
                .append("until", Date.from(Instant.now().plusSeconds(600))));
        try {
            communes.change(insee, commune -> {
                commune.recordContactCall("Sophie Bernard", null, clock.instant());
                return null;
            });
            Commune loaded = communes.get(insee);
            String published = loaded.pendingEvents().get(0).eventId();
            // That relay publishes the event and removes it while this instance changes the commune it loaded.
            mongo.updateFirst(byId(insee), new Update().pull(OutboxAggregate.PENDING_EVENTS_FIELD,
                    new Document("eventId", published)), COLLECTION);
            LocalDate today = LocalDate.now(clock);
            loaded.activatePartnership("Sophie Bernard", null, today, today, today, clock.instant());
            store.save(loaded);

            Document stored = mongo.findById(insee, Document.class, COLLECTION);
            assertThat(stored.get(LEASE, Document.class).getString("owner")).isEqualTo("another-instance");
            assertThat(pending(insee)).extracting(event -> event.getString("eventId")).doesNotContain(published)
                    .hasSize(1);
            assertThat(stored.getString("partnershipStatus")).isEqualTo("PARTNER");
        } finally {
            lease(insee, null);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(insee).isEmpty());
    }

    private void lease(String id, Document lease) {
        mongo.updateFirst(byId(id), lease == null ? new Update().unset(LEASE) : new Update().set(LEASE, lease),
                COLLECTION);
    }

    private List<Document> pending(String id) {
        return mongo.findById(id, Document.class, COLLECTION)
                .getList(OutboxAggregate.PENDING_EVENTS_FIELD, Document.class, List.of());
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
