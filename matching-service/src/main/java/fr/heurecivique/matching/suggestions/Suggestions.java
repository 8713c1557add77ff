package fr.heurecivique.matching.suggestions;

import fr.heurecivique.matching.domain.matches.NeedMatches;
import fr.heurecivique.matching.domain.ranking.HardRule;
import fr.heurecivique.matching.domain.ranking.Ranking;
import fr.heurecivique.matching.matches.NeedMatchesStore;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Suggestions for a need that still takes volunteers (open, or in progress with a slot freed); any other need gets an
 * empty list and the reason (a {@code 200}, not an error: the referent's screen shows why).
 */
@Service
class Suggestions {

    private final NeedMatchesStore needs;
    private final Ranking ranking;
    private final Clock clock;

    Suggestions(NeedMatchesStore needs, Ranking ranking, Clock clock) {
        this.needs = needs;
        this.ranking = ranking;
        this.clock = clock;
    }

    SuggestionsView forNeed(String needId, int limit) {
        NeedMatches board = needs.get(needId);
        var need = board.need();
        String status = need.status();
        Instant now = clock.instant();
        boolean full = board.full(now);
        boolean takesVolunteers = !full && ("OPEN".equals(status) || "IN_PROGRESS".equals(status));
        boolean passed = !need.occurrences().isEmpty() && need.occurrences().stream()
                .allMatch(date -> need.startOf(date).map(start -> !start.isAfter(now)).orElse(false));
        if (!takesVolunteers) {
            String why = passed && ("OPEN".equals(status) || "IN_PROGRESS".equals(status))
                    ? "La date de ce besoin est commencée ou passée : on ne peut plus y proposer de bénévole."
                    : whyNotSuggested(full && "OPEN".equals(status) ? "IN_PROGRESS" : status);
            return new SuggestionsView(needId, need.title(), need.communeInsee(), status, List.of(), why, 0, 0);
        }
        // A weekly need: the suggestions are for its first date still to come with a place left.
        var excluded = need.occurrences().isEmpty() ? board.excludedVolunteers()
                : board.excludedVolunteers(board.nextOpenOccurrence(now).orElse(null));
        Ranking.Ranked ranked = ranking.rank(need.query(needId, excluded, now), limit);
        List<SuggestionsView.Suggestion> suggestions = ranked.suggestions().stream().map(s -> {
            var volunteer = s.volunteer();
            boolean sameCentre = Ranking.sameCommuneCentre(volunteer, need.communeInsee(), s.distanceKm());
            return new SuggestionsView.Suggestion(s.rank(), volunteer.id(), volunteer.displayName(),
                    volunteer.communeInsee(), volunteer.partnerCode(), volunteer.status(),
                    sameCentre ? null : Math.round(s.distanceKm() * 10) / 10.0, volunteer.maxDistanceKm(), s.score(),
                    s.minutesThisMonth(), volunteer.pledgeHours(), s.lastActionAt(), s.completed(),
                    s.reasons().stream().map(r -> new SuggestionsView.ReasonView(r.code().name(), r.label()))
                            .toList(), need.communeInsee().equals(volunteer.communeInsee()));
        }).toList();
        return new SuggestionsView(needId, need.title(), need.communeInsee(), status, suggestions,
                suggestions.isEmpty() ? whyNoneFits(ranked) : null, ranked.examined(), ranked.eligible());
    }

    /**
     * Why an open need gets no suggestion, from the rules that stopped the volunteers within reach: the furthest
     * rule any of them reached says the most (all already proposed, rather than "none available").
     */
    static String whyNoneFits(Ranking.Ranked ranked) {
        if (ranked.examined() == 0) {
            return "Aucun bénévole proposant ce type d’aide dans ce mode (entre voisins ou avec les associations) "
                    + "n’habite à portée de ce besoin.";
        }
        if (ranked.stoppedBy(HardRule.PLEDGE_USED) > 0) {
            return "Les bénévoles qui pourraient venir ont déjà donné ou promis leurs heures de ce mois-ci : vous "
                    + "pouvez tout de même en proposer un, il lui appartiendra d’accepter.";
        }
        if (ranked.stoppedBy(HardRule.ALREADY_INVOLVED) > 0) {
            return "Tous les bénévoles qui pourraient venir ont déjà été proposés pour ce besoin (ou l’ont décliné).";
        }
        if (ranked.stoppedBy(HardRule.DISTANCE) > 0) {
            return "Aucun bénévole disponible n’a ce besoin dans son périmètre d’action : il est trop loin de chez "
                    + "eux.";
        }
        if (ranked.stoppedBy(HardRule.AVAILABILITY) > 0) {
            return "Aucun bénévole à portée n’est disponible au moment de ce besoin (jour et créneau).";
        }
        if (ranked.stoppedBy(HardRule.NOT_ACTIVE) > 0) {
            return "Aucun bénévole actif à portée : ceux qui habitent près de ce besoin sont en cours d’inscription, "
                    + "en pause ou retirés.";
        }
        return "Aucun bénévole proposant ce type d’aide dans ce mode n’habite à portée de ce besoin.";
    }

    /** Why a need gets no suggestion, for the referent who asks. */
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
