package fr.heurecivique.volunteer.volunteers;

import com.mongodb.client.result.UpdateResult;
import fr.heurecivique.defaults.outbox.OutboxAggregate;
import fr.heurecivique.defaults.web.ResourceNotFoundException;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads and saves {@link Volunteer}s. A change is saved as one atomic, version-checked update that sets the fields,
 * unsets the emptied ones and <em>appends</em> the new events to the outbox — rather than replacing the document —
 * so that it never puts back an event the relay has just published and removed, nor drops the relay's lease
 * ({@code outboxLease}): with several instances, each event is published once.
 */
@Component
public class VolunteerStore {

    static final String COLLECTION = "volunteers";
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher publisher;

    VolunteerStore(MongoTemplate mongo, ApplicationEventPublisher publisher) {
        this.mongo = mongo;
        this.publisher = publisher;
    }

    /** Saves a new volunteer (and its first events). */
    public Volunteer insert(Volunteer volunteer) {
        Volunteer inserted = mongo.insert(volunteer, COLLECTION);
        inserted.saved(inserted.version());
        return inserted;
    }

    /** The volunteer, unless unknown or erased. */
    public Optional<Volunteer> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Volunteer.class, COLLECTION))
                .filter(volunteer -> !volunteer.isErased());
    }

    /** The volunteer, or a 404. */
    public Volunteer get(String id) {
        return find(id).orElseThrow(VolunteerStore::notFound);
    }

    public static ResourceNotFoundException notFound() {
        return new ResourceNotFoundException("Aucun bénévole n’a cet identifiant.");
    }

    /**
     * Loads the volunteer, applies {@code change} and saves it; if someone else saved the volunteer meanwhile, does it
     * again on the fresh state (the change's rules are checked again).
     */
    public <T> T change(String id, Function<Volunteer, T> change) {
        for (int attempt = 1; ; attempt++) {
            Volunteer volunteer = get(id);
            T result = change.apply(volunteer);
            try {
                save(volunteer);
                return result;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Saves a loaded volunteer's changes, if the stored version is still the one loaded. */
    void save(Volunteer volunteer) {
        List<?> recorded = volunteer.recorded();
        Document document = new Document();
        mongo.getConverter().write(volunteer, document);
        Object id = document.remove("_id");
        document.remove("version");
        List<?> outbox = document.get(OutboxAggregate.PENDING_EVENTS_FIELD, List.class);
        document.remove(OutboxAggregate.PENDING_EVENTS_FIELD);

        Update update = new Update();
        document.forEach(update::set);
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(
                Volunteer.class);
        List<String> emptied = new ArrayList<>();
        for (MongoPersistentProperty property : entity) {
            String field = property.getFieldName();
            if (!property.isIdProperty() && !property.isVersionProperty() && !document.containsKey(field)
                    && !OutboxAggregate.PENDING_EVENTS_FIELD.equals(field)) {
                emptied.add(field);
            }
        }
        emptied.forEach(update::unset);
        if (!recorded.isEmpty()) {
            // The stored outbox may have lost events the relay published since the load: append only the new ones.
            update.push(OutboxAggregate.PENDING_EVENTS_FIELD)
                    .each(outbox.subList(outbox.size() - recorded.size(), outbox.size()).toArray());
        }
        long loaded = volunteer.version();
        update.set("version", loaded + 1);
        UpdateResult result = mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id).and("version").is(loaded)), update, COLLECTION);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("Volunteer " + id + " was changed concurrently");
        }
        volunteer.saved(loaded + 1);
        if (!recorded.isEmpty()) {
            // Wakes the outbox relay, as a repository save would.
            publisher.publishEvent(new AfterSaveEvent<>(volunteer, document, COLLECTION));
        }
    }
}
