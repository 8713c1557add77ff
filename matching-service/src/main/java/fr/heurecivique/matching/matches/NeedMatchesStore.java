package fr.heurecivique.matching.matches;

import fr.heurecivique.defaults.outbox.AggregateStore;
import fr.heurecivique.defaults.web.ResourceNotFoundException;
import fr.heurecivique.matching.domain.activity.ActivityBook;
import fr.heurecivique.matching.domain.matches.Match;
import fr.heurecivique.matching.domain.matches.NeedMatches;
import fr.heurecivique.matching.domain.matches.NeedSnapshot;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Loads and saves {@link NeedMatches}, through the shared {@link AggregateStore}: each change is one atomic,
 * version-checked update of the need's document that sets its fields and <em>appends</em> the new events to its
 * outbox (a replace would put back events the relay had just published). A change that loses the race with another (two volunteers accepting the last slot at once) is
 * applied again to the fresh document, whose rules then decide (the need is full: the proposal is withdrawn).
 * Once saved, the changed matches' footprints go to this instance's {@link ActivityBook} at once; the other
 * instances get them from {@code match.events}.
 */
@Component
public class NeedMatchesStore {

    static final String COLLECTION = "need_matches";
    private static final int ATTEMPTS = 8;

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final ActivityBook activity;

    NeedMatchesStore(MongoTemplate mongo, AggregateStore store, ActivityBook activity) {
        this.mongo = mongo;
        this.store = store;
        this.activity = activity;
    }

    public Optional<NeedMatches> find(String needId) {
        return Optional.ofNullable(mongo.findById(needId, NeedMatches.class, COLLECTION));
    }

    public NeedMatches get(String needId) {
        return find(needId).orElseThrow(() -> new ResourceNotFoundException("Aucun besoin connu n’a cet identifiant "
                + "(un besoin tout juste publié peut mettre quelques secondes à arriver)."));
    }

    /** The need that holds the match, or a 404. */
    public NeedMatches byMatch(String matchId) {
        NeedMatches found = mongo.findOne(Query.query(Criteria.where("matches.matchId").is(matchId)),
                NeedMatches.class, COLLECTION);
        if (found == null) {
            throw new ResourceNotFoundException("Aucune mise en relation n’a cet identifiant.");
        }
        return found;
    }

    /** The needs where the volunteer has a match. */
    public List<NeedMatches> ofVolunteer(String volunteerId) {
        return mongo.find(Query.query(Criteria.where("matches.volunteerId").is(volunteerId)), NeedMatches.class,
                COLLECTION);
    }

    /**
     * Creates the need's document with {@code create} when it does not exist yet, else applies {@code change} to it;
     * a concurrent creation falls back to the change.
     */
    public void createOrChange(String needId, Supplier<NeedMatches> create, Function<NeedMatches, ?> change) {
        if (find(needId).isEmpty()) {
            NeedMatches created = create.get();
            try {
                store.insert(created);
                return;
            } catch (DuplicateKeyException concurrentlyCreated) {
                // fall through to the change
            }
        }
        change(needId, change);
    }

    /** Loads, applies {@code change}, saves; on a concurrent save, does it again on the fresh document. */
    public <T> T change(String needId, Function<NeedMatches, T> change) {
        return changeLoaded(() -> get(needId), change);
    }

    /** As {@link #change}, for the need holding the match. */
    public <T> T changeByMatch(String matchId, Function<NeedMatches, T> change) {
        return changeLoaded(() -> byMatch(matchId), change);
    }

    private <T> T changeLoaded(Supplier<NeedMatches> load, Function<NeedMatches, T> change) {
        // The board saved and the matches it changed, kept from the attempt that succeeded (the store clears them).
        var saved = new Object() {
            NeedMatches board;
            List<Match> changed = List.of();
        };
        T result = store.change(ATTEMPTS, () -> saved.board = load.get(), board -> {
            T applied = change.apply(board);
            saved.changed = board.changedMatches();
            return applied;
        });
        NeedSnapshot need = saved.board.need();
        saved.changed.forEach(match -> activity.apply(match.volunteerId(),
                match.footprint(need.schedule(), need.durationMinutes())));
        return result;
    }

    /** Every stored need with matches, one at a time (the activity's load at start). */
    public void forEachWithMatches(java.util.function.Consumer<NeedMatches> visitor) {
        try (var stream = mongo.stream(Query.query(Criteria.where("matches.0").exists(true)), NeedMatches.class,
                COLLECTION)) {
            stream.forEach(visitor);
        }
    }
}
