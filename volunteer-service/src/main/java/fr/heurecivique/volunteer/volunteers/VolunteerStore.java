package fr.heurecivique.volunteer.volunteers;

import fr.heurecivique.defaults.outbox.VersionedSave;
import fr.heurecivique.defaults.web.ResourceNotFoundException;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

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

    /** Saves a loaded volunteer's changes, if the stored version is still the one loaded ({@link VersionedSave}). */
    void save(Volunteer volunteer) {
        int recorded = volunteer.recorded().size();
        long loaded = volunteer.version();
        Document document = VersionedSave.save(mongo, volunteer, loaded, recorded, COLLECTION);
        volunteer.saved(loaded + 1);
        if (recorded > 0) {
            // Wakes the outbox relay, as a repository save would.
            publisher.publishEvent(new AfterSaveEvent<>(volunteer, document, COLLECTION));
        }
    }
}
