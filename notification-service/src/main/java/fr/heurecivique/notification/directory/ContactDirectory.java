package fr.heurecivique.notification.directory;

import fr.heurecivique.defaults.inbox.ReadModels;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/** The contact directory: kept from events, never older than what it holds, erased on request. */
@Service
public class ContactDirectory {

    private final ReadModels readModels;
    private final MongoTemplate mongo;

    ContactDirectory(ReadModels readModels, MongoTemplate mongo) {
        this.readModels = readModels;
        this.mongo = mongo;
    }

    /** Stores the contact unless the directory already holds the same or a newer version of it. */
    public void update(Contact contact) {
        readModels.storeIfNewer(contact.id(), contact.version(), contact);
    }

    public Optional<Contact> find(String recipientType, String recipientId) {
        return Optional.ofNullable(mongo.findById(Contact.idOf(recipientType, recipientId), Contact.class));
    }

    /** Everyone of {@code recipientType} attached to the commune (e.g. its referents). */
    public List<Contact> inCommune(String recipientType, String communeInsee) {
        return mongo.find(Query.query(Criteria.where("recipientType").is(recipientType)
                        .and("communeInsee").is(communeInsee)), Contact.class);
    }

    public void erase(String recipientType, String recipientId) {
        readModels.delete(Contact.idOf(recipientType, recipientId), Contact.class);
    }
}
