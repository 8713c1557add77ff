package fr.heurecivique.defaults.outbox;

import fr.heurecivique.contracts.EventType;
import fr.heurecivique.contracts.Topic;

import java.util.Objects;

/**
 * An event an {@link OutboxAggregate} recorded and the store has not saved yet: its type and its data, the
 * event-contracts record — not JSON, which the {@link AggregateStore} writes.
 *
 * @param type             the event type; {@code null} for a tombstone
 * @param topic            the destination topic
 * @param aggregateVersion the aggregate's version after the change
 * @param data             the event data; {@code null} for a tombstone
 * @param <T>              the data type
 */
public record RecordedEvent<T>(EventType<T> type, Topic topic, long aggregateVersion, T data) {

    public static <T> RecordedEvent<T> of(EventType<T> type, T data, long aggregateVersion) {
        return new RecordedEvent<>(Objects.requireNonNull(type, "type"), type.topic(), aggregateVersion,
                Objects.requireNonNull(data, "data"));
    }

    public static RecordedEvent<Void> tombstone(Topic topic, long aggregateVersion) {
        return new RecordedEvent<>(null, Objects.requireNonNull(topic, "topic"), aggregateVersion, null);
    }

    public boolean isTombstone() {
        return type == null;
    }
}
