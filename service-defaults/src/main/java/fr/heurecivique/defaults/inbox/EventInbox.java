package fr.heurecivique.defaults.inbox;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.defaults.kafka.EventJson;
import fr.heurecivique.defaults.kafka.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * What every Kafka listener of the platform does with a record before its own work: read it as an event (the
 * CloudEvents headers, the JSON data: {@link EventJson}) and apply it once per consumer ({@link IdempotentConsumer}).
 * A listener is then
 * <pre>{@code
 * @KafkaListener(id = CONSUMER, topics = Topics.Names.NEED_EVENTS)
 * void on(ConsumerRecord<String, JsonNode> record) {
 *     inbox.applyOnce(CONSUMER, record, this::apply);
 * }
 * }</pre>
 */
public final class EventInbox {

    private final EventJson json;
    private final IdempotentConsumer once;

    public EventInbox(EventJson json, IdempotentConsumer once) {
        this.json = json;
        this.once = once;
    }

    /** The record as an event; a record without the CloudEvents headers is rejected (to the dead letters). */
    public IncomingEvent read(ConsumerRecord<String, ?> record) {
        return json.read(record);
    }

    /**
     * Reads the record and hands its event to {@code handler} unless {@code consumer} applied it already.
     *
     * @return whether the handler ran
     */
    public boolean applyOnce(String consumer, ConsumerRecord<String, ?> record, Consumer<IncomingEvent> handler) {
        IncomingEvent event = read(record);
        return once.handleOnce(consumer, event, () -> handler.accept(event));
    }

    /**
     * Runs {@code action} unless {@code consumer} applied this event already (for a listener that applies only some
     * of a topic's events once, and reads the others without a trace).
     *
     * @return whether the action ran
     */
    public boolean handleOnce(String consumer, IncomingEvent event, Runnable action) {
        return once.handleOnce(consumer, event, action);
    }

    /**
     * The volunteer whose erasure this event of {@code volunteer.events} announces — its {@code VolunteerErased} or
     * the tombstone that follows it — for the consumers that must forget what they hold of them; empty for any other
     * event.
     */
    public static Optional<String> erasedVolunteer(IncomingEvent event) {
        if (event.isTombstone()) {
            return Optional.ofNullable(event.key());
        }
        if (event.is(EventCatalog.VOLUNTEER_ERASED)) {
            return Optional.ofNullable(event.data(EventCatalog.VOLUNTEER_ERASED).volunteerId());
        }
        return Optional.empty();
    }
}
