package fr.heurecivique.defaults.outbox;

import fr.heurecivique.contracts.EventType;
import fr.heurecivique.contracts.Topic;
import fr.heurecivique.defaults.kafka.EventJson;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Turns the events that aggregates record ({@link RecordedEvent}, typed) into the {@link OutboxEvent}s stored in their
 * outbox: the data as JSON, a CloudEvents id, this service as their source, the time and the current trace. Used by
 * the {@link AggregateStore} when it saves; domain code never serialises.
 */
public final class OutboxEvents {

    private final String source;
    private final EventJson json;
    private final Clock clock;
    private final Supplier<String> traceparent;

    public OutboxEvents(String applicationName, EventJson json, Clock clock) {
        this(applicationName, json, clock, () -> null);
    }

    /**
     * @param traceparent the current W3C trace context, or {@code null} outside a trace
     */
    public OutboxEvents(String applicationName, EventJson json, Clock clock, Supplier<String> traceparent) {
        this.source = "/heure-civique/" + applicationName;
        this.json = json;
        this.clock = clock;
        this.traceparent = traceparent;
    }

    /** The events {@code aggregate} recorded since its load or last save, as outbox events. */
    public List<OutboxEvent> serialise(OutboxAggregate aggregate) {
        return aggregate.recorded().stream().map(event -> serialise(event, aggregate.aggregateId())).toList();
    }

    /**
     * @param event       a recorded event
     * @param aggregateId the aggregate's id: the record key and the event subject
     */
    public OutboxEvent serialise(RecordedEvent<?> event, String aggregateId) {
        return event.isTombstone() ? tombstone(event.topic(), aggregateId, event.aggregateVersion())
                : create(event, aggregateId);
    }

    private <T> OutboxEvent create(RecordedEvent<T> event, String aggregateId) {
        return create(event.type(), aggregateId, event.aggregateVersion(), event.data());
    }

    /**
     * @param type             the event type
     * @param aggregateId      the aggregate's id: the record key and the event subject
     * @param aggregateVersion the aggregate's version after the change
     * @param data             the event data
     */
    public <T> OutboxEvent create(EventType<T> type, String aggregateId, long aggregateVersion, T data) {
        return new OutboxEvent(UUID.randomUUID().toString(), type.name(), type.topic().name(), aggregateId,
                aggregateId, source, clock.instant(), aggregateVersion, json.write(data), traceparent.get());
    }

    /**
     * A tombstone: a record with the aggregate's key and no value, which makes a compacted topic forget the key (an
     * erasure). It keeps the CloudEvents attributes that consumers rely on ({@code ce_id} to apply it once,
     * {@code ce_subject}, {@code ce_time}, {@code ce_aggregateversion}); it has no {@code ce_type} and no content
     * type, since it is no event of the catalogue and carries no data.
     *
     * @param topic            the topic whose key it deletes (meant for a compacted topic)
     * @param aggregateId      the aggregate's id: the record key and the subject
     * @param aggregateVersion the aggregate's version after the change
     */
    public OutboxEvent tombstone(Topic topic, String aggregateId, long aggregateVersion) {
        return new OutboxEvent(UUID.randomUUID().toString(), null, topic.name(), aggregateId, aggregateId, source,
                clock.instant(), aggregateVersion, null, traceparent.get());
    }
}
