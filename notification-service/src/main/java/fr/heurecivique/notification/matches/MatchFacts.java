package fr.heurecivique.notification.matches;

import fr.heurecivique.notification.delivery.DeliveryConditions;
import fr.heurecivique.notification.delivery.StillTrue;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a message about a need or a match against what need.events and match.events have said since it was
 * recorded: a need cancelled at 22:04 stops the "X viendra vous aider" SMS deferred to 08:00; a proposal cancelled or
 * withdrawn stops its SMS. What this service has not heard of (an older need) does not stop anything.
 */
@Component
class MatchFacts implements DeliveryConditions {

    private static final Set<String> CLOSED_NEED = Set.of("CANCELLED", "EXPIRED", "DONE");
    private static final Map<String, String> NEED_LABELS = Map.of("CANCELLED", "le besoin a été annulé",
            "EXPIRED", "la date du besoin est passée", "DONE", "le besoin est terminé");
    private static final Map<String, String> MATCH_LABELS = Map.of("PROPOSED", "la proposition attend une réponse",
            "ACCEPTED", "la mission a été acceptée", "DECLINED", "la proposition a été déclinée",
            "EXPIRED", "la proposition a expiré", "WITHDRAWN", "la proposition a été retirée",
            "CANCELLED", "la mise en relation a été annulée", "COMPLETED", "la mission a été réalisée",
            "NO_SHOW", "la mission n’a pas eu lieu");

    private final MongoTemplate mongo;

    MatchFacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<String> whyNoLongerTrue(StillTrue condition) {
        if (condition.needId() != null) {
            NeedParties need = mongo.findById(condition.needId(), NeedParties.class);
            if (need != null && need.status() != null && CLOSED_NEED.contains(need.status())) {
                return Optional.of("Plus d’actualité : " + NEED_LABELS.get(need.status()) + " entre-temps");
            }
        }
        if (condition.matchId() != null && !condition.matchStatuses().isEmpty()) {
            MatchFact match = mongo.findById(condition.matchId(), MatchFact.class);
            if (match != null && !condition.matchStatuses().contains(match.status())) {
                return Optional.of("Plus d’actualité : " + MATCH_LABELS.getOrDefault(match.status(),
                        "la mise en relation a changé (" + match.status() + ")") + " entre-temps");
            }
        }
        return Optional.empty();
    }
}
