package fr.heurecivique.defaults.lease;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * The one way a service instance reserves a MongoDB document for itself — an outbox document to relay, a message to
 * send, a schedule to run: an atomic {@code findAndModify} that sets a {@link Lease} ({@code {owner, until}}) under
 * one field, on a document that has none or whose lease expired. So several instances never work on the same
 * document at once, and a lease left by a crashed instance expires and the document is taken over.
 *
 * <p>Each {@code LeaseClaims} is one owner (this process plus a random part) and one field. The lease is released by
 * unsetting the field ({@link #released(Update)}), in the same write that records the work done.
 */
public final class LeaseClaims {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String field;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    /**
     * @param field the document field that holds the lease, e.g. {@code outboxLease}
     */
    public LeaseClaims(MongoTemplate mongo, Clock clock, String field) {
        this.mongo = mongo;
        this.clock = clock;
        this.field = field;
    }

    /**
     * Claims one document of {@code collection} that matches {@code condition} and holds no live lease.
     *
     * @param duration how long the lease holds if not released
     * @param type     what to read the claimed document as ({@link Document} for a raw one; an entity class is
     *                 mapped as the template maps it)
     * @param include  the only fields to read (all when none)
     * @return the claimed document with its new lease, or {@code null} when none is claimable
     */
    public <T> T claim(Criteria condition, Duration duration, Class<T> type, String collection, String... include) {
        Instant now = clock.instant();
        Query claimable = new Query(new Criteria().andOperator(condition, new Criteria().orOperator(
                Criteria.where(field).exists(false), Criteria.where(field + ".until").lt(Date.from(now)))));
        for (String name : include) {
            claimable.fields().include(name);
        }
        Update lease = new Update().set(field, new Document("owner", owner)
                .append("until", Date.from(now.plus(duration))));
        return mongo.findAndModify(claimable, lease, FindAndModifyOptions.options().returnNew(true), type, collection);
    }

    /** Adds the release of the lease to {@code update} (the write that records what was done under it). */
    public Update released(Update update) {
        return update.unset(field);
    }

    /** Matches the documents whose lease this instance holds. */
    public Criteria heldHere() {
        return Criteria.where(field + ".owner").is(owner);
    }

    /** This instance's name in the leases it takes. */
    public String owner() {
        return owner;
    }

    /** The field that holds the lease. */
    public String field() {
        return field;
    }
}
