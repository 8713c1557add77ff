package fr.heurecivique.defaults.outbox;

import fr.heurecivique.contracts.CloudEventHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import fr.heurecivique.defaults.lease.LeaseClaims;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Publishes the events waiting in aggregate documents ({@link OutboxAggregate}) to Kafka, then removes them.
 *
 * <p>One document at a time is <em>claimed</em> with a lease ({@link LeaseClaims}: an atomic {@code findAndModify}
 * that sets {@code outboxLease: {owner, until}}), so that several instances of a service never publish the same document's
 * events concurrently; a lease left by a crashed instance expires. A document's events are sent in order, each
 * awaited, with the idempotent producer ({@code acks=all}); the sent ones are then {@code $pull}ed and the lease
 * released. If Kafka is unreachable nothing is removed: the events stay in the document and the relay retries with
 * back-off. An event without data (a tombstone) is published as a record with a null value. An event may thus be
 * published twice after a crash between send and removal (at-least-once); consumers
 * de-duplicate by {@code ce_id}.
 *
 * <p>Updates name the collection rather than the entity class, so they do not bump the aggregate's
 * {@code @Version} and never make a concurrent business save fail.
 */
public final class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String LEASE_FIELD = "outboxLease";
    private static final String PENDING = OutboxAggregate.PENDING_EVENTS_FIELD;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final Supplier<List<String>> collections;
    private final Counter published;
    private final Counter failures;
    private final LeaseClaims leases;
    private volatile boolean failing;

    OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties, Clock clock,
            Supplier<List<String>> collections, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.leases = new LeaseClaims(mongo, clock, LEASE_FIELD);
        this.collections = collections;
        this.published = Counter.builder("heure_civique.outbox.published")
                .description("Events published from the outbox").register(meters);
        this.failures = Counter.builder("heure_civique.outbox.failures")
                .description("Outbox publication attempts refused by Kafka").register(meters);
    }

    /**
     * Publishes what is pending in every outbox collection, at most a batch of documents per collection.
     *
     * @return {@code false} when Kafka refused an event (it stays pending)
     */
    public boolean publishPending() {
        for (String collection : collections.get()) {
            for (int i = 0; i < properties.batchSize(); i++) {
                Document claimed = claim(collection);
                if (claimed == null) {
                    break;
                }
                if (!publish(collection, claimed)) {
                    failing = true;
                    return false;
                }
            }
        }
        if (failing) {
            log.info("Outbox relay publishing again");
            failing = false;
        }
        return true;
    }

    private Document claim(String collection) {
        return leases.claim(Criteria.where(PENDING + ".0").exists(true), properties.leaseDuration(), Document.class,
                collection, PENDING);
    }

    private boolean publish(String collection, Document document) {
        List<String> sent = new ArrayList<>();
        try {
            for (Document event : document.getList(PENDING, Document.class)) {
                kafka.send(toRecord(event)).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                sent.add(event.getString("eventId"));
                published.increment();
            }
            return true;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // Kafka unreachable or refusing (send itself throws when the broker's metadata cannot be had).
            failures.increment();
            if (!failing) {
                log.warn("Kafka refused an outbox event of collection {} ({}); events stay pending and will be "
                        + "retried", collection, rootCause(e));
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            Update done = leases.released(new Update());
            if (!sent.isEmpty()) {
                done.pull(PENDING, new Document("eventId", new Document("$in", sent)));
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))), done, collection);
        }
    }

    private static ProducerRecord<String, String> toRecord(Document event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.getString("topic"), event.getString("key"),
                event.getString("data"));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, event.getString("eventId"));
        header(record, CloudEventHeaders.TYPE, event.getString("type"));
        header(record, CloudEventHeaders.SOURCE, event.getString("source"));
        header(record, CloudEventHeaders.SUBJECT, event.getString("subject"));
        header(record, CloudEventHeaders.TIME, event.getDate("time").toInstant().toString());
        header(record, CloudEventHeaders.AGGREGATE_VERSION, String.valueOf(event.get("aggregateVersion")));
        // A tombstone (null value) has no content, hence no content type.
        header(record, CloudEventHeaders.CONTENT_TYPE, record.value() == null ? null : CloudEventHeaders.JSON_CONTENT_TYPE);
        header(record, CloudEventHeaders.TRACEPARENT, event.getString("traceparent"));
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

}
