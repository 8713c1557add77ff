package fr.heurecivique.matching.suggestions;

import java.util.List;

/**
 * The ranked candidates for a need, best first. A need that is no longer open gets none, and
 * {@code notSuggestedBecause} says why, in French, for the referent.
 */
record SuggestionsView(String needId, String needTitle, String communeInsee, String needStatus,
        List<Suggestion> suggestions, String notSuggestedBecause) {

    /** One candidate and why. */
    record Suggestion(int rank, String volunteerId, String displayName, String communeInsee, String status,
            List<ReasonView> reasons) {
    }

    record ReasonView(Reason code, String label) {

        static ReasonView of(Reason reason) {
            return new ReasonView(reason, reason.label());
        }
    }
}
