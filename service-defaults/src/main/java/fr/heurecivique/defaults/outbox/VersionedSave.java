package fr.heurecivique.defaults.outbox;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;

/**
 * Saves a loaded outbox aggregate as one version-checked update that {@code $set}s its fields, {@code $unset}s those
 * that became empty and {@code $push}es only the events recorded since the load — instead of replacing the document,
 * which would put back events the relay had just published and removed, and drop the relay's lease (so that a second
 * instance could publish an event again). Used by the {@link AggregateStore}, the one way services save aggregates.
 */
final class VersionedSave {

    private VersionedSave() {
    }

    /**
     * @param aggregate     the aggregate as loaded and changed; its outbox holds the recorded events last
     * @param loadedVersion the version it was loaded with
     * @param recorded      how many events were recorded since the load
     * @return the document written, for the {@code AfterSaveEvent} that wakes the relay
     * @throws OptimisticLockingFailureException when the stored version is no longer the one loaded
     */
    static Document save(MongoTemplate mongo, Object aggregate, long loadedVersion, int recorded,
            String collection) {
        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        Object id = document.remove("_id");
        document.remove("version");
        List<?> outbox = document.get(OutboxAggregate.PENDING_EVENTS_FIELD, List.class);
        document.remove(OutboxAggregate.PENDING_EVENTS_FIELD);

        Update update = new Update();
        document.forEach(update::set);
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext()
                .getRequiredPersistentEntity(aggregate.getClass());
        for (MongoPersistentProperty property : entity) {
            String field = property.getFieldName();
            if (!property.isIdProperty() && !property.isVersionProperty() && !property.isTransient()
                    && !document.containsKey(field) && !OutboxAggregate.PENDING_EVENTS_FIELD.equals(field)) {
                update.unset(field);
            }
        }
        if (recorded > 0) {
            // The stored outbox may have lost events the relay published since the load: append only the new ones.
            update.push(OutboxAggregate.PENDING_EVENTS_FIELD)
                    .each(outbox.subList(outbox.size() - recorded, outbox.size()).toArray());
        }
        update.set("version", loadedVersion + 1);
        UpdateResult result = mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id).and("version").is(loadedVersion)), update, collection);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(aggregate.getClass().getSimpleName() + " " + id
                    + " was changed concurrently");
        }
        return document;
    }
}
