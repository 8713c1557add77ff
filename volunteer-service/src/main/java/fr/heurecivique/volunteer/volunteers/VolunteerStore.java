package fr.heurecivique.volunteer.volunteers;

import fr.heurecivique.defaults.outbox.AggregateStore;
import fr.heurecivique.defaults.web.ResourceNotFoundException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Function;

/**
 * Loads and saves {@link Volunteer}s, through the shared {@link AggregateStore}: a change is saved as one atomic,
 * version-checked update that sets the fields, unsets the emptied ones and <em>appends</em> the new events to the
 * outbox — rather than replacing the document — so that it never puts back an event the relay has just published and
 * removed, nor drops the relay's lease ({@code outboxLease}): with several instances, each event is published once.
 */
@Component
public class VolunteerStore {

    static final String COLLECTION = "volunteers";
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final AggregateStore store;

    VolunteerStore(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    /** Saves a new volunteer (and its first events). */
    public Volunteer insert(Volunteer volunteer) {
        return store.insert(volunteer);
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
        return store.change(ATTEMPTS, () -> get(id), change);
    }
}
