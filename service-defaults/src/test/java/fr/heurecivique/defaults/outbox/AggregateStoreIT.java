package fr.heurecivique.defaults.outbox;

import fr.heurecivique.contracts.Topics;
import fr.heurecivique.defaults.testapp.Parcel;
import fr.heurecivique.defaults.testapp.ParcelRepository;
import fr.heurecivique.defaults.testapp.ParcelShipped;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The one store of outbox aggregates: a save appends its events and never puts back or re-leases published ones. */
@PlatformIntegrationTest
class AggregateStoreIT {

    @Autowired
    AggregateStore store;
    @Autowired
    ParcelRepository parcels;
    @Autowired
    MongoTemplate mongo;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void aSaveAfterTheRelayPublishedAnEventDoesNotPublishItAgain() {
        try (EventProbe probe = EventProbe.fromNow(bootstrapServers, Topics.MATCH_EVENTS.name())) {
            // As loaded before the relay published its first event: that event is still in its outbox.
            Parcel loaded = store.insert(Parcel.ship("Pons"));
            probe.await(ParcelShipped.TYPE.name(), loaded.id());
            await().atMost(Duration.ofSeconds(10)).until(() -> pendingOf(loaded.id()).isEmpty());

            loaded.redirect("Saintes");
            store.save(loaded);

            probe.await(record -> loaded.id().equals(record.key()) && record.value().contains("Saintes"));
            await().atMost(Duration.ofSeconds(10)).until(() -> pendingOf(loaded.id()).isEmpty());
            probe.awaitCaughtUp();
            assertThat(probe.records()).filteredOn(record -> loaded.id().equals(record.key()))
                    .extracting(record -> record.value().contains("Saintes")).containsExactly(false, true);
            assertThat(parcels.findById(loaded.id()).orElseThrow().destination()).isEqualTo("Saintes");
        }
    }

    @Test
    void aSaveKeepsTheRelaysLeaseAndDoesNotPutBackWhatItPublished() {
        Parcel parcel = store.insert(Parcel.ship("Cozes"));
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingOf(parcel.id()).isEmpty());
        // Another instance's relay holds the document; this one cannot claim it meanwhile.
        setLease(parcel.id(), new Document("owner", "another-instance")
                .append("until", Date.from(Instant.now().plusSeconds(600))));
        try {
            Parcel loaded = parcels.findById(parcel.id()).orElseThrow();
            loaded.redirect("Mortagne");
            store.save(loaded);
            // Loaded with that event; the other relay publishes it and removes it from the document.
            String published = loaded.pendingEvents().get(0).eventId();
            mongo.updateFirst(Query.query(Criteria.where("_id").is(parcel.id())), new Update().pull(
                    OutboxAggregate.PENDING_EVENTS_FIELD, new Document("eventId", published)), "parcels");

            loaded.redirect("Chenac");
            store.save(loaded);

            Document stored = mongo.findById(parcel.id(), Document.class, "parcels");
            assertThat(stored.get(OutboxRelay.LEASE_FIELD, Document.class).getString("owner"))
                    .isEqualTo("another-instance");
            assertThat(stored.getList(OutboxAggregate.PENDING_EVENTS_FIELD, Document.class))
                    .extracting(event -> event.getString("data")).singleElement().asString().contains("Chenac");
            assertThat(stored.get("version")).isEqualTo(2L);
        } finally {
            setLease(parcel.id(), null);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingOf(parcel.id()).isEmpty());
    }

    @Test
    void aSaveOfAStaleAggregateFailsAndLeavesItsEventsUnsaved() {
        Parcel parcel = store.insert(Parcel.ship("Gémozac"));
        Parcel first = parcels.findById(parcel.id()).orElseThrow();
        Parcel second = parcels.findById(parcel.id()).orElseThrow();
        first.redirect("Saujon");
        store.save(first);

        second.redirect("Meschers");
        assertThatThrownBy(() -> store.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(second.recorded()).hasSize(1);
        assertThat(parcels.findById(parcel.id()).orElseThrow().destination()).isEqualTo("Saujon");
    }

    @Test
    void anAggregateWithRecordedEventsIsNotWrittenAroundTheStore() {
        assertThatThrownBy(() -> parcels.insert(Parcel.ship("Royan"))).hasMessageContaining("AggregateStore");
    }

    private void setLease(String id, Document lease) {
        Update update = lease == null ? new Update().unset(OutboxRelay.LEASE_FIELD)
                : new Update().set(OutboxRelay.LEASE_FIELD, lease);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, "parcels");
    }

    private List<?> pendingOf(String id) {
        return mongo.findById(id, Document.class, "parcels")
                .getList(OutboxAggregate.PENDING_EVENTS_FIELD, Object.class, List.of());
    }
}
