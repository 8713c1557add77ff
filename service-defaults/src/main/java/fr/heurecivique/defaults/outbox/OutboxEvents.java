package fr.heurecivique.defaults.outbox;

import fr.heurecivique.contracts.EventType;
import fr.heurecivique.defaults.kafka.EventJson;

import java.time.Clock;
import java.util.UUID;

/** Creates the {@link OutboxEvent}s that aggregates record, stamped with this service as their source. */
public final class OutboxEvents {

    private final String source;
    private final EventJson json;
    private final Clock clock;

    public OutboxEvents(String applicationName, EventJson json, Clock clock) {
        this.source = "/heure-civique/" + applicationName;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param type             the event type
     * @param aggregateId      the aggregate's id: the record key and the event subject
     * @param aggregateVersion the aggregate's version after the change
     * @param data             the event data
     */
    public <T> OutboxEvent create(EventType<T> type, String aggregateId, long aggregateVersion, T data) {
        return new OutboxEvent(UUID.randomUUID().toString(), type.name(), type.topic().name(), aggregateId,
                aggregateId, source, clock.instant(), aggregateVersion, json.write(data));
    }
}
