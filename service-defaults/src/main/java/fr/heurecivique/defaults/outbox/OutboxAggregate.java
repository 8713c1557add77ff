package fr.heurecivique.defaults.outbox;

import java.util.List;

/**
 * A MongoDB document that carries its own outbox: a {@code pendingEvents} field holding the {@link OutboxEvent}s of
 * its changes until the {@link OutboxRelay} has published them. The relay finds such documents by that field name.
 */
public interface OutboxAggregate {

    /** The field that holds the pending events, in every aggregate document. */
    String PENDING_EVENTS_FIELD = "pendingEvents";

    /** The events recorded and not yet published (as loaded; the relay removes them from the stored document). */
    List<OutboxEvent> pendingEvents();
}
