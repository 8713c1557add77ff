package fr.heurecivique.matching.suggestions;

import java.util.List;

/** The ranked candidates for a need, best first. */
record SuggestionsView(String needId, String needTitle, String communeInsee, List<Suggestion> suggestions) {

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
