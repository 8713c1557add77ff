package fr.heurecivique.matching.matches;

import fr.heurecivique.contracts.need.NeedSchedule;
import fr.heurecivique.contracts.need.NeedState;
import fr.heurecivique.defaults.outbox.AggregateStore;
import fr.heurecivique.defaults.outbox.OutboxAggregate;
import fr.heurecivique.matching.domain.matches.NeedMatches;
import fr.heurecivique.matching.domain.matches.NeedSnapshot;
import fr.heurecivique.matching.domain.volunteers.Volunteer;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import fr.heurecivique.testsupport.ServiceScenarios;
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
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Need matches are saved through the shared store: a save never puts back what the relay published, nor its lease. */
@PlatformIntegrationTest
class NeedMatchesOutboxIT extends ServiceScenarios {

    private static final String LEASE = "outboxLease";

    @Autowired
    NeedMatchesStore boards;
    @Autowired
    AggregateStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;

    @Test
    void aSaveAfterTheRelayPublishedAnEventNeitherPutsItBackNorDropsTheRelaysLease() {
        String needId = UUID.randomUUID().toString();
        boards.createOrChange(needId, () -> NeedMatches.of(needId, need(needId), clock.instant()), board -> null);
        boards.change(needId, board -> board.propose(volunteer(), 1.0, "test", Duration.ofHours(72), clock.instant()));
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(needId).isEmpty());
        // Another instance's relay holds the document: this instance's relay leaves it alone.
        lease(needId, new Document("owner", "another-instance")
                .append("until", Date.from(Instant.now().plusSeconds(600))));
        try {
            boards.change(needId, board -> board.propose(volunteer(), 1.0, "test", Duration.ofHours(72),
                    clock.instant()));
            NeedMatches loaded = boards.get(needId);
            String published = loaded.pendingEvents().get(0).eventId();
            // That relay publishes the event and removes it while this instance changes the need it loaded.
            mongo.updateFirst(byId(needId), new Update().pull(OutboxAggregate.PENDING_EVENTS_FIELD,
                    new Document("eventId", published)), NeedMatchesStore.COLLECTION);
            loaded.propose(volunteer(), 1.0, "test", Duration.ofHours(72), clock.instant());
            store.save(loaded);

            Document stored = mongo.findById(needId, Document.class, NeedMatchesStore.COLLECTION);
            assertThat(stored.get(LEASE, Document.class).getString("owner")).isEqualTo("another-instance");
            assertThat(pending(needId)).extracting(event -> event.getString("eventId")).doesNotContain(published)
                    .hasSize(1);
            assertThat(stored.getList("matches", Document.class)).hasSize(3);
        } finally {
            lease(needId, null);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(needId).isEmpty());
    }

    /** A need for three, far from every other scenario's, in ten days. */
    private NeedSnapshot need(String needId) {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, ZoneId.of("Europe/Paris")).plusDays(10);
        return NeedSnapshot.of(new NeedState(needId, 0, "17300", "Courses", "SHOPPING", "…", "OPEN", 10.0, 10.0, now,
                "INDIVIDUAL", "b-outbox", null, null, "BENEFICIARY_HOME", true,
                new NeedSchedule("ONCE", day, null, null, null, LocalTime.of(14, 0), LocalTime.of(16, 0)), 60, 3,
                "NORMAL", null, now), "Rochefort");
    }

    private Volunteer volunteer() {
        return new Volunteer("outbox-" + UUID.randomUUID(), 1, "ACTIVE", "Aline O.", "17300", null, 10.0, 10.0, 2, 2,
                (1 << 21) - 1, 10, 1, clock.instant());
    }

    private void lease(String id, Document lease) {
        mongo.updateFirst(byId(id), lease == null ? new Update().unset(LEASE) : new Update().set(LEASE, lease),
                NeedMatchesStore.COLLECTION);
    }

    private List<Document> pending(String id) {
        return mongo.findById(id, Document.class, NeedMatchesStore.COLLECTION)
                .getList(OutboxAggregate.PENDING_EVENTS_FIELD, Document.class, List.of());
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
