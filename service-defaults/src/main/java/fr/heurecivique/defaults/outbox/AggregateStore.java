package fr.heurecivique.defaults.outbox;

import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Saves every {@link OutboxAggregate} of a service, with its recorded events, in one write:
 * <ul>
 * <li>a new aggregate is inserted, its events in its outbox;</li>
 * <li>a loaded one is saved with {@link VersionedSave}: one version-checked update that sets its fields, unsets the
 * emptied ones and <em>appends</em> the events recorded since the load — never a replace, which would put back events
 * the relay already published and removed, and drop the relay's lease (so that another instance could publish an
 * event again).</li>
 * </ul>
 * The recorded events are serialised here ({@link OutboxEvents}), not in domain code. A save that recorded events
 * wakes the relay up.
 */
public final class AggregateStore {

    private final MongoTemplate mongo;
    private final OutboxEvents events;
    private final ApplicationEventPublisher publisher;

    public AggregateStore(MongoTemplate mongo, OutboxEvents events, ApplicationEventPublisher publisher) {
        this.mongo = mongo;
        this.events = events;
        this.publisher = publisher;
    }

    /**
     * Inserts a new aggregate with its first events.
     *
     * @throws org.springframework.dao.DuplicateKeyException when its id (or a unique index) is taken
     */
    public <A extends OutboxAggregate> A insert(A aggregate) {
        if (!aggregate.neverSaved()) {
            throw new IllegalArgumentException(aggregate.getClass().getSimpleName() + " " + aggregate.aggregateId()
                    + " is already stored");
        }
        List<OutboxEvent> outbox = events.serialise(aggregate);
        aggregate.appendToOutbox(outbox);
        try {
            A inserted = mongo.insert(aggregate, mongo.getCollectionName(aggregate.getClass()));
            inserted.saved(inserted.version());
            return inserted;
        } catch (RuntimeException e) {
            aggregate.removeFromOutbox(outbox);
            throw e;
        }
    }

    /**
     * Saves the aggregate: inserted if new, else a {@link VersionedSave} of what changed since it was loaded.
     *
     * @return the aggregate, with its new version
     * @throws OptimisticLockingFailureException when it was saved by someone else since it was loaded
     */
    public <A extends OutboxAggregate> A save(A aggregate) {
        if (aggregate.neverSaved()) {
            return insert(aggregate);
        }
        String collection = mongo.getCollectionName(aggregate.getClass());
        List<OutboxEvent> outbox = events.serialise(aggregate);
        long loaded = aggregate.version();
        aggregate.appendToOutbox(outbox);
        Document document;
        try {
            document = VersionedSave.save(mongo, aggregate, loaded, outbox.size(), collection);
        } catch (RuntimeException e) {
            aggregate.removeFromOutbox(outbox);
            throw e;
        }
        aggregate.saved(loaded + 1);
        if (!outbox.isEmpty()) {
            // Wakes the outbox relay, as a template save would.
            publisher.publishEvent(new AfterSaveEvent<>(aggregate, document, collection));
        }
        return aggregate;
    }

    /**
     * Loads an aggregate, applies {@code change} and saves it; when another change saved it in between (optimistic
     * lock), does it all again on the fresh state, so that the change's rules are checked against it.
     *
     * @param attempts how many times to try before giving up with the {@link OptimisticLockingFailureException}
     * @return what {@code change} returned
     */
    public <A extends OutboxAggregate, T> T change(int attempts, Supplier<A> load, Function<? super A, T> change) {
        for (int attempt = 1; ; attempt++) {
            A aggregate = load.get();
            T result = change.apply(aggregate);
            try {
                save(aggregate);
                return result;
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= attempts) {
                    throw e;
                }
            }
        }
    }
}
