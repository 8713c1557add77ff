package fr.heurecivique.defaults.inbox;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Writes the documents that consumers keep from events (read models, directories) so that redelivered or
 * out-of-order events cannot roll them back: a document is replaced only by a strictly newer version of its
 * aggregate, in one atomic upsert. The document type must map its aggregate version to a {@code version} field.
 */
public final class ReadModels {

    private final MongoTemplate mongo;

    public ReadModels(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Stores {@code document}, whose id is {@code id}, unless a version at least as new is stored already.
     *
     * @return whether it was stored
     */
    public boolean storeIfNewer(String id, long version, Object document) {
        Query olderOrMissing = Query.query(Criteria.where("_id").is(id).and("version").lt(version));
        try {
            mongo.findAndReplace(olderOrMissing, document, FindAndReplaceOptions.options().upsert());
            return true;
        } catch (DuplicateKeyException newerAlreadyStored) {
            // The filter missed because the stored version is newer or equal; the upsert's insert then collides.
            return false;
        }
    }

    public void delete(String id, Class<?> type) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), type);
    }
}
