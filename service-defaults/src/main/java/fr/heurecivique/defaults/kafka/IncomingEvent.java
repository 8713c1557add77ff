package fr.heurecivique.defaults.kafka;

import fr.heurecivique.contracts.CloudEventHeaders;
import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.EventType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A consumed event: its CloudEvents attributes (from the {@code ce_*} headers) and its JSON data. A tombstone (null
 * value on a compacted topic) has no data.
 */
public final class IncomingEvent {

    private final String id;
    private final String type;
    private final String subject;
    private final Instant time;
    private final Long aggregateVersion;
    private final String key;
    private final JsonNode data;
    private final String origin;
    private final EventJson json;

    private IncomingEvent(String id, String type, String subject, Instant time, Long aggregateVersion, String key,
            JsonNode data, String origin, EventJson json) {
        this.id = id;
        this.type = type;
        this.subject = subject;
        this.time = time;
        this.aggregateVersion = aggregateVersion;
        this.key = key;
        this.data = data;
        this.origin = origin;
        this.json = json;
    }

    static IncomingEvent from(ConsumerRecord<String, ?> record, EventJson json) {
        String origin = record.topic() + "-" + record.partition() + "@" + record.offset();
        Object value = record.value();
        if (value != null && !(value instanceof JsonNode)) {
            throw new InvalidEventException("Record " + origin + " does not hold JSON data");
        }
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (value == null && id == null) {
            // A bare tombstone: identify it by its position, which is stable under redelivery.
            id = "tombstone:" + origin;
        }
        if (id == null || type == null && value != null) {
            throw new InvalidEventException("Record " + origin + " lacks the " + CloudEventHeaders.ID + " or "
                    + CloudEventHeaders.TYPE + " header");
        }
        return new IncomingEvent(id, type, header(record, CloudEventHeaders.SUBJECT),
                instant(header(record, CloudEventHeaders.TIME), origin),
                version(header(record, CloudEventHeaders.AGGREGATE_VERSION), origin), record.key(), (JsonNode) value,
                origin, json);
    }

    private static String header(ConsumerRecord<String, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Instant instant(String value, String origin) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("Record " + origin + " has a malformed " + CloudEventHeaders.TIME, e);
        }
    }

    private static Long version(String value, String origin) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidEventException("Record " + origin + " has a malformed "
                    + CloudEventHeaders.AGGREGATE_VERSION, e);
        }
    }

    /** The data as the given event type's record; unknown fields are ignored. */
    public <T> T data(EventType<T> eventType) {
        if (!eventType.name().equals(type)) {
            throw new IllegalArgumentException("Event " + id + " is a " + type + ", not a " + eventType.name());
        }
        if (data == null) {
            throw new InvalidEventException("Event " + id + " of type " + type + " has no data");
        }
        return json.convert(data, eventType);
    }

    /**
     * The data as {@code view} when the event's type is in the catalogue and its record is one — e.g. every
     * volunteer event as a {@code VolunteerStateEvent} — so that a consumer can handle a family of events alike,
     * including types added after it was written. Empty otherwise (an unknown type, a tombstone).
     */
    public <V> Optional<V> dataAs(Class<V> view) {
        if (data == null) {
            return Optional.empty();
        }
        return EventCatalog.byName(type)
                .filter(eventType -> view.isAssignableFrom(eventType.dataType()))
                .map(eventType -> view.cast(json.convert(data, eventType)));
    }

    public boolean is(EventType<?> eventType) {
        return eventType.name().equals(type);
    }

    public boolean isTombstone() {
        return data == null;
    }

    /** The CloudEvents {@code id}: unique per event, the same on every redelivery. */
    public String id() {
        return id;
    }

    /** The CloudEvents {@code type}, or {@code null} for a bare tombstone. */
    public String type() {
        return type;
    }

    public String subject() {
        return subject;
    }

    public Instant time() {
        return time;
    }

    /** The version of the aggregate after the change, when the producer set it. */
    public Long aggregateVersion() {
        return aggregateVersion;
    }

    /** The record key: the aggregate id. */
    public String key() {
        return key;
    }

    /** Topic, partition and offset, for logs. */
    public String origin() {
        return origin;
    }

    @Override
    public String toString() {
        return "IncomingEvent[" + type + " " + id + " from " + origin + "]";
    }
}
