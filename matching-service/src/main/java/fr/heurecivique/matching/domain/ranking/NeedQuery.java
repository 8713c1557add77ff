package fr.heurecivique.matching.domain.ranking;

import fr.heurecivique.matching.domain.activity.Months;

import java.time.Instant;
import java.util.Set;

/**
 * A need as the ranking asks about it.
 *
 * @param needId       the need
 * @param communeInsee its commune
 * @param kind         its kind of help
 * @param mode         {@code INDIVIDUAL} (a resident's need) or {@code ORGANISED} (an association's)
 * @param latitude     where
 * @param longitude    where
 * @param time         when (for the availability rule)
 * @param excluded     volunteers already proposed, declined or engaged on this need
 * @param now          the time of the query: the month whose pledge counts, the end of everyone's wait
 */
public record NeedQuery(String needId, String communeInsee, String kind, String mode, double latitude,
        double longitude, NeedTime time, Set<String> excluded, Instant now) {

    public NeedQuery {
        excluded = Set.copyOf(excluded);
    }

    /** The month whose pledge counts ({@link Months#keyOf}). */
    public int month() {
        return Months.keyOf(now);
    }
}
