package fr.heurecivique.matching.suggestions;

import java.time.Instant;
import java.util.List;

/**
 * The ranked candidates for a need, best first. A need that takes no more volunteers gets none, and
 * {@code notSuggestedBecause} says why, in French, for the referent.
 */
record SuggestionsView(String needId, String needTitle, String communeInsee, String needStatus,
        List<Suggestion> suggestions, String notSuggestedBecause, int examined, int eligible) {

    /**
     * One candidate, their distance and why. {@code distanceKm} is from the centre of the volunteer's commune (the
     * platform knows no address of theirs); {@code null} when the volunteer lives in the need's commune and the need
     * too is placed at its centre — no distance is known, {@code sameCommune} says so ("dans sa commune").
     */
    record Suggestion(int rank, String volunteerId, String displayName, String communeInsee, String partnerCode,
            String status, Double distanceKm, int maxDistanceKm, double score, int minutesThisMonth, int pledgeHours,
            Instant lastActionAt, int completed, List<ReasonView> reasons, boolean sameCommune) {
    }

    record ReasonView(String code, String label) {
    }
}
