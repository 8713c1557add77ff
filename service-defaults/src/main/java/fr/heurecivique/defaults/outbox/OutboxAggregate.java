package fr.heurecivique.defaults.outbox;

import fr.heurecivique.contracts.EventType;
import fr.heurecivique.contracts.Topic;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

import java.util.ArrayList;
import java.util.List;

/**
 * The base of every aggregate that publishes events: a MongoDB document that carries its own outbox. A change
 * <em>records</em> its events as typed {@link RecordedEvent}s (the event-contracts records, no JSON), stamped with the
 * version the aggregate will have once the change is saved; the {@link AggregateStore} turns them into
 * {@link OutboxEvent}s and appends them to the document's {@code pendingEvents} field in the same version-checked
 * write as the change, until the {@link OutboxRelay} has published them. The relay finds such documents by that
 * field name.
 *
 * <p>It holds the aggregate's {@code @Version} ({@code version} field): a subclass declares its {@code @Id} and its
 * state, and tells its {@link #aggregateId()} (the events' key and subject).
 */
public abstract class OutboxAggregate {

    /** The field that holds the pending events, in every aggregate document. */
    public static final String PENDING_EVENTS_FIELD = "pendingEvents";

    @Version
    private Long version;
    private List<OutboxEvent> pendingEvents = new ArrayList<>();
    /** The events recorded since this object was loaded or saved: what the next save appends to the outbox. */
    @Transient
    private List<RecordedEvent<?>> recorded = new ArrayList<>();
    /** How many of {@link #recorded} the store has serialised into the outbox for the write under way. */
    @Transient
    private int serialised;

    /** The aggregate's id: the record key and the CloudEvents subject of its events. */
    public abstract String aggregateId();

    /** Records an event of this change, with the version the aggregate will have once saved. */
    protected final <T> void record(EventType<T> type, T data) {
        recorded.add(RecordedEvent.of(type, data, nextVersion()));
    }

    /** Records a tombstone: a record with the aggregate's key and no value, which makes a compacted topic forget it. */
    protected final void recordTombstone(Topic topic) {
        recorded.add(RecordedEvent.tombstone(topic, nextVersion()));
    }

    /** The version this document will have once the pending change is saved. */
    protected final long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    /** The stored version; {@code -1} for an aggregate never saved. */
    public long version() {
        return version == null ? -1 : version;
    }

    /** Whether it was never saved (the store inserts it). */
    public boolean neverSaved() {
        return version == null;
    }

    /** The events recorded since this object was loaded or saved, typed, in order. */
    public List<RecordedEvent<?>> recorded() {
        return List.copyOf(recorded);
    }

    /**
     * The events in the outbox: as loaded (the relay removes them from the stored document once published), plus
     * those the store appended when it saved this object.
     */
    public List<OutboxEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    /** Called once the store saved the aggregate, before it returns; a subclass clears what it tracked since the load. */
    protected void afterSave() {
    }

    // --------------------------------------------------------------------- for the store

    /** Adds the serialised {@link #recorded} events to the outbox, for the write under way. */
    void appendToOutbox(List<OutboxEvent> events) {
        pendingEvents.addAll(events);
        serialised = recorded.size();
    }

    /** Undoes {@link #appendToOutbox} when the write failed. */
    void removeFromOutbox(List<OutboxEvent> events) {
        pendingEvents.removeAll(events);
        serialised = 0;
    }

    /** Whether events were recorded that no store serialised: a write now would lose them. */
    boolean hasUnsavedEvents() {
        return recorded.size() > serialised;
    }

    void saved(long storedVersion) {
        version = storedVersion;
        recorded.clear();
        serialised = 0;
        afterSave();
    }
}
