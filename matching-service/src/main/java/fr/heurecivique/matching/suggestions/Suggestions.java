package fr.heurecivique.matching.suggestions;

import fr.heurecivique.matching.domain.matches.NeedMatches;
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
        if (!takesVolunteers) {
            return new SuggestionsView(needId, need.title(), need.communeInsee(), status, List.of(),
                    whyNotSuggested(full && "OPEN".equals(status) ? "IN_PROGRESS" : status), 0, 0);
        }
        // A weekly need: the suggestions are for its first date still to come with a place left.
        var excluded = need.occurrences().isEmpty() ? board.excludedVolunteers()
                : board.excludedVolunteers(board.nextOpenOccurrence(now).orElse(null));
        Ranking.Ranked ranked = ranking.rank(need.query(needId, excluded, now), limit);
        List<SuggestionsView.Suggestion> suggestions = ranked.suggestions().stream().map(s -> {
            var volunteer = s.volunteer();
            return new SuggestionsView.Suggestion(s.rank(), volunteer.id(), volunteer.displayName(),
                    volunteer.communeInsee(), volunteer.partnerCode(), volunteer.status(),
                    Math.round(s.distanceKm() * 10) / 10.0, volunteer.maxDistanceKm(), s.score(),
                    s.minutesThisMonth(), volunteer.pledgeHours(), s.lastActionAt(), s.completed(),
                    s.reasons().stream().map(r -> new SuggestionsView.ReasonView(r.code().name(), r.label()))
                            .toList());
        }).toList();
        return new SuggestionsView(needId, need.title(), need.communeInsee(), status, suggestions, null,
                ranked.examined(), ranked.eligible());
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
