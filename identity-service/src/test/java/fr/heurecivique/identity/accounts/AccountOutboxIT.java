package fr.heurecivique.identity.accounts;

import fr.heurecivique.defaults.outbox.AggregateStore;
import fr.heurecivique.defaults.outbox.OutboxAggregate;
import fr.heurecivique.identity.IdentityScenarios;
import fr.heurecivique.identity.passwords.PasswordSetups;
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
 * Accounts are saved through the shared store (they were saved with a full replace): a save never puts back what the
 * relay published, nor drops its lease.
 */
@PlatformIntegrationTest
class AccountOutboxIT extends IdentityScenarios {

    private static final String COLLECTION = "accounts";
    private static final String LEASE = "outboxLease";

    @Autowired
    AggregateStore store;
    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordSetups passwordSetups;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aSaveAfterTheRelayPublishedAnEventNeitherPutsItBackNorDropsTheRelaysLease() {
        String volunteerId = UUID.randomUUID().toString();
        String email = "outbox." + volunteerId.substring(0, 8) + "@exemple.fr";
        Account account = Account.volunteer(email, "Aline", "Outbox", volunteerId, clock.instant());
        passwordSetups.request(account, Account.PasswordSetupReason.VOLUNTEER_SIGN_UP);
        String id = store.insert(account).id();
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(id).isEmpty());
        // Another instance's relay holds the document: this instance's relay leaves it alone.
        lease(id, new Document("owner", "another-instance").append("until", Date.from(Instant.now().plusSeconds(600))));
        try {
            passwordSetups.requestReset(email);
            Account loaded = accounts.findById(id).orElseThrow();
            String published = loaded.pendingEvents().get(0).eventId();
            // That relay publishes the event and removes it while this instance changes the account it loaded.
            mongo.updateFirst(byId(id), new Update().pull(OutboxAggregate.PENDING_EVENTS_FIELD,
                    new Document("eventId", published)), COLLECTION);
            passwordSetups.request(loaded, Account.PasswordSetupReason.PASSWORD_RESET);
            store.save(loaded);

            Document stored = mongo.findById(id, Document.class, COLLECTION);
            assertThat(stored.get(LEASE, Document.class).getString("owner")).isEqualTo("another-instance");
            assertThat(pending(id)).extracting(event -> event.getString("eventId")).doesNotContain(published)
                    .hasSize(1);
            assertThat(stored.get("version")).isEqualTo(2L);
        } finally {
            lease(id, null);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(id).isEmpty());
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
