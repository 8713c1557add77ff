package fr.heurecivique.matching.suggestions;

import java.time.Instant;
import java.util.List;

/**
 * The ranked candidates for a need, best first. A need that takes no more volunteers gets none, and
 * {@code notSuggestedBecause} says why, in French, for the referent.
 */
record SuggestionsView(String needId, String needTitle, String communeInsee, String needStatus,
        List<Suggestion> suggestions, String notSuggestedBecause, int examined, int eligible) {

    /** One candidate, their distance and why. */
    record Suggestion(int rank, String volunteerId, String displayName, String communeInsee, String partnerCode,
            String status, double distanceKm, int maxDistanceKm, double score, int minutesThisMonth, int pledgeHours,
            Instant lastActionAt, int completed, List<ReasonView> reasons) {
    }

    record ReasonView(String code, String label) {
    }
}
