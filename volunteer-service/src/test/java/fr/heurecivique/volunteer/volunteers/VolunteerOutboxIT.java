package fr.heurecivique.volunteer.volunteers;

import fr.heurecivique.defaults.outbox.AggregateStore;
import fr.heurecivique.defaults.outbox.OutboxAggregate;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import fr.heurecivique.volunteer.VolunteerScenarios;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Volunteers are saved through the shared store: a save never puts back what the relay published, nor its lease. */
@PlatformIntegrationTest
class VolunteerOutboxIT extends VolunteerScenarios {

    private static final String COLLECTION = "volunteers";
    private static final String LEASE = "outboxLease";

    @Autowired
    VolunteerStore volunteers;
    @Autowired
    AggregateStore store;

    @Test
    void aSaveAfterTheRelayPublishedAnEventNeitherPutsItBackNorDropsTheRelaysLease() {
        String id = signUp("Aline", "Outbox", spareCommune(), false);
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(id).isEmpty());
        // Another instance's relay holds the document: this instance's relay leaves it alone.
        lease(id, new Document("owner", "another-instance").append("until", Date.from(Instant.now().plusSeconds(600))));
        try {
            volunteers.change(id, volunteer -> volunteer.update(phone("+33611111111"), clock.instant()));
            Volunteer loaded = volunteers.get(id);
            String published = loaded.pendingEvents().get(0).eventId();
            // That relay publishes the event and removes it while this instance changes the volunteer it loaded.
            mongo.updateFirst(byId(id), new Update().pull(OutboxAggregate.PENDING_EVENTS_FIELD,
                    new Document("eventId", published)), COLLECTION);
            loaded.update(phone("+33622222222"), clock.instant());
            store.save(loaded);

            Document stored = mongo.findById(id, Document.class, COLLECTION);
            assertThat(stored.get(LEASE, Document.class).getString("owner")).isEqualTo("another-instance");
            assertThat(pending(id)).extracting(event -> event.getString("eventId")).doesNotContain(published)
                    .hasSize(1);
            assertThat(stored.getString("phone")).isEqualTo("+33622222222");
        } finally {
            lease(id, null);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(id).isEmpty());
    }

    private static ProfileChange phone(String phone) {
        return new ProfileChange(null, null, null, phone, null, null, false, null, false, null, null);
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
