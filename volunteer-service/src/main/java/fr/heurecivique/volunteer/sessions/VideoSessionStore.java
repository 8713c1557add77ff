package fr.heurecivique.volunteer.sessions;

import fr.heurecivique.defaults.web.ResourceNotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Loads and saves {@link VideoSession}s; a change is retried on a fresh copy when another one won the race. */
@Component
public class VideoSessionStore {

    private static final int ATTEMPTS = 10;

    private final MongoTemplate mongo;

    VideoSessionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public VideoSession insert(VideoSession session) {
        return mongo.insert(session);
    }

    public Optional<VideoSession> find(String id) {
        return Optional.ofNullable(mongo.findById(id, VideoSession.class));
    }

    public VideoSession get(String id) {
        return find(id).orElseThrow(() -> new ResourceNotFoundException(
                "Aucune séance de présentation n’a cet identifiant."));
    }

    /** Applies {@code change} to the session and saves it, again on a fresh copy if someone saved it meanwhile. */
    public VideoSession change(String id, Consumer<VideoSession> change) {
        for (int attempt = 1; ; attempt++) {
            VideoSession session = get(id);
            change.accept(session);
            try {
                return mongo.save(session);
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The sessions holding a seat for the volunteer, but {@code except}. */
    public List<VideoSession> holding(String volunteerId, String except) {
        return mongo.find(Query.query(Criteria.where("bookings").is(volunteerId).and("_id").ne(except)),
                VideoSession.class);
    }

    /** The sessions that know the volunteer (booked or attended). */
    public List<VideoSession> knowing(String volunteerId) {
        return mongo.find(Query.query(new Criteria().orOperator(Criteria.where("bookings").is(volunteerId),
                Criteria.where("attendees").is(volunteerId))), VideoSession.class);
    }

    public List<VideoSession> all(Query query) {
        return mongo.find(query, VideoSession.class);
    }
}
