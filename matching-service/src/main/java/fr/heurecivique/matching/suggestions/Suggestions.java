package fr.heurecivique.matching.suggestions;

import fr.heurecivique.defaults.web.ResourceNotFoundException;
import fr.heurecivique.matching.readmodel.NeedProfile;
import fr.heurecivique.matching.readmodel.VolunteerProfile;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Suggestions only for an open need: a cancelled, expired, in-progress or done need gets an empty list and the reason
 * (a {@code 200}, not an error: the referent's screen shows why).
 *
 * <p>The walking skeleton's ranking: volunteers of the need's commune who are registered or active (never paused or
 * withdrawn), active ones first, then those registered earliest (they have waited longest). The real engine —
 * perimeter, distance, kinds of help, availability, monthly pledge, fair rotation — replaces this rule.
 */
@Service
class Suggestions {

    private static final List<String> SUGGESTIBLE = List.of("ACTIVE", "REGISTERED");

    private final MongoTemplate mongo;

    Suggestions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    SuggestionsView forNeed(String needId, int limit) {
        NeedProfile need = mongo.findById(needId, NeedProfile.class);
        if (need == null) {
            throw new ResourceNotFoundException("Aucun besoin connu n’a cet identifiant (un besoin tout juste publié "
                    + "peut mettre quelques secondes à arriver).");
        }
        if (!need.isOpen()) {
            return new SuggestionsView(need.id(), need.title(), need.communeInsee(), need.status(), List.of(),
                    whyNotSuggested(need.status()));
        }
        Query sameCommune = Query.query(Criteria.where("communeInsee").is(need.communeInsee())
                .and("status").in(SUGGESTIBLE)).with(Sort.by("registeredAt"));
        List<VolunteerProfile> candidates = new ArrayList<>(mongo.find(sameCommune, VolunteerProfile.class));
        candidates.sort(Comparator.comparing((VolunteerProfile volunteer) -> !"ACTIVE".equals(volunteer.status()))
                .thenComparing(VolunteerProfile::registeredAt));
        List<SuggestionsView.Suggestion> ranked = new ArrayList<>();
        for (VolunteerProfile volunteer : candidates.subList(0, Math.min(limit, candidates.size()))) {
            List<SuggestionsView.ReasonView> reasons = new ArrayList<>();
            reasons.add(SuggestionsView.ReasonView.of(Reason.SAME_COMMUNE));
            reasons.add(SuggestionsView.ReasonView.of("ACTIVE".equals(volunteer.status()) ? Reason.ACTIVE
                    : Reason.ONBOARDING_PENDING));
            if (ranked.isEmpty() && candidates.size() > 1) {
                reasons.add(SuggestionsView.ReasonView.of(Reason.WAITED_LONGEST));
            }
            ranked.add(new SuggestionsView.Suggestion(ranked.size() + 1, volunteer.id(), volunteer.displayName(),
                    volunteer.communeInsee(), volunteer.status(), reasons));
        }
        return new SuggestionsView(need.id(), need.title(), need.communeInsee(), need.status(), ranked, null);
    }

    /** Why a need that is no longer open gets no suggestion, for the referent who asks. */
    static String whyNotSuggested(String status) {
        return switch (status) {
            case "CANCELLED" -> "Ce besoin a été annulé : aucun bénévole n’est plus proposé.";
            case "EXPIRED" -> "La date de ce besoin est passée sans mise en relation : aucun bénévole n’est plus "
                    + "proposé.";
            case "IN_PROGRESS" -> "Assez de bénévoles ont été mis en relation avec ce besoin.";
            case "DONE" -> "Ce besoin a été réalisé.";
            default -> "Ce besoin n’est plus ouvert : aucun bénévole n’est proposé.";
        };
    }
}
