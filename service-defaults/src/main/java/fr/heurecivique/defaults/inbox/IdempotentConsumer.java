package fr.heurecivique.defaults.inbox;

import fr.heurecivique.defaults.kafka.IncomingEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.time.Duration;

/**
 * Applies each consumed event once per consumer, whatever Kafka redelivers: the ids of applied events are kept in
 * {@code processed_events} under a unique (consumer, event id) index.
 *
 * <p>The event is applied first and recorded after, so that a failure while applying leaves it to be redelivered;
 * a crash between the two makes it apply again, which is why handlers must be idempotent themselves (upserts,
 * version checks, unique keys) — this guard removes the redeliveries of normal operation, not the need for them.
 * Records expire after the retention (TTL index, enforced by a real MongoDB).
 */
public final class IdempotentConsumer {

    static final String COLLECTION = "processed_events";
    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Counter duplicates;

    public IdempotentConsumer(MongoTemplate mongo, Clock clock, MeterRegistry meters, Duration retention) {
        this.mongo = mongo;
        this.clock = clock;
        this.duplicates = Counter.builder("heure_civique.events.duplicates")
                .description("Redelivered events skipped because they were already applied").register(meters);
        IndexOperations indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("consumer", Sort.Direction.ASC).on("eventId", Sort.Direction.ASC)
                .unique().named("consumer_event_unique"));
        indexes.createIndex(new Index().on("processedAt", Sort.Direction.ASC).expire(retention)
                .named("processed_at_ttl"));
    }

    /**
     * Runs {@code action} unless {@code consumer} already applied this event.
     *
     * @return whether the action ran
     */
    public boolean handleOnce(String consumer, IncomingEvent event, Runnable action) {
        if (alreadyApplied(consumer, event.id())) {
            duplicates.increment();
            log.debug("Skipping {} already applied by {}", event, consumer);
            return false;
        }
        action.run();
        log.info("Applied {} {} from {}", event.type(), event.id(), event.origin());
        try {
            mongo.insert(new ProcessedEvent(null, consumer, event.id(), event.type(), clock.instant()), COLLECTION);
        } catch (DuplicateKeyException concurrentRedelivery) {
            log.debug("{} was applied concurrently by another delivery to {}", event, consumer);
        }
        return true;
    }

    public boolean alreadyApplied(String consumer, String eventId) {
        return mongo.exists(Query.query(Criteria.where("consumer").is(consumer).and("eventId").is(eventId)),
                COLLECTION);
    }
}
