package fr.heurecivique.defaults.links;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * Remembers the links already used, so that each acts once: the link's id is the {@code _id} of a document in
 * {@code used_links}, whose insertion fails for a second use, whichever instance handles it. Records expire (TTL
 * index, enforced by a real MongoDB) once the link itself has expired.
 */
public final class UsedLinks {

    static final String COLLECTION = "used_links";

    private final MongoTemplate mongo;
    private final Clock clock;

    public UsedLinks(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("expiresAt", Sort.Direction.ASC)
                .expire(Duration.ZERO).named("expires_at_ttl"));
    }

    /** Whether {@code link} was used already (to refuse it before asking anything of the person). */
    public boolean used(SignedLinks.Link link) {
        return mongo.exists(Query.query(Criteria.where("_id").is(link.id())), COLLECTION);
    }

    /**
     * Records the use of {@code link}.
     *
     * @throws InvalidLinkException ({@code USED}) if it was used before
     */
    public void use(SignedLinks.Link link) {
        try {
            mongo.insert(new Document("_id", link.id()).append("purpose", link.purpose())
                    .append("usedAt", Date.from(clock.instant())).append("expiresAt", Date.from(link.expiresAt())),
                    COLLECTION);
        } catch (DuplicateKeyException e) {
            throw new InvalidLinkException(InvalidLinkException.Reason.USED);
        }
    }
}
