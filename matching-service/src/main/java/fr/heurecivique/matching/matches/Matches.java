package fr.heurecivique.matching.matches;

import fr.heurecivique.defaults.web.ResourceNotFoundException;
import fr.heurecivique.defaults.web.StateConflictException;
import fr.heurecivique.matching.MatchingProperties;
import fr.heurecivique.matching.domain.activity.Months;
import fr.heurecivique.matching.domain.index.VolunteerIndex;
import fr.heurecivique.matching.domain.matches.CancellationReason;
import fr.heurecivique.matching.domain.matches.DeclineReason;
import fr.heurecivique.matching.domain.matches.Match;
import fr.heurecivique.matching.domain.matches.MatchStatus;
import fr.heurecivique.matching.domain.matches.NeedMatches;
import fr.heurecivique.matching.domain.matches.Party;
import fr.heurecivique.matching.domain.ranking.Ranking;
import fr.heurecivique.matching.domain.volunteers.Volunteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The mise en relation: a referent proposes a volunteer for a need, the volunteer answers, the referent records the
 * outcome. The rules are {@link NeedMatches}' and {@link Match}'s; each change is one write of the need's document
 * ({@link NeedMatchesStore}).
 */
@Service
public class Matches {

    private static final Logger log = LoggerFactory.getLogger(Matches.class);

    private final NeedMatchesStore store;
    private final VolunteerIndex volunteers;
    private final Ranking ranking;
    private final Clock clock;
    private final MatchingProperties properties;
    private final MongoTemplate mongo;

    Matches(NeedMatchesStore store, VolunteerIndex volunteers, Ranking ranking, Clock clock,
            MatchingProperties properties, MongoTemplate mongo) {
        this.store = store;
        this.volunteers = volunteers;
        this.ranking = ranking;
        this.clock = clock;
        this.properties = properties;
        this.mongo = mongo;
    }

    /**
     * A referent proposes a volunteer for a need. The volunteer must pass the hard rules (active, mode, kind,
     * availability, distance, not already involved) — all but the monthly pledge: a referent may ask for more, it is
     * the volunteer's to decline.
     */
    public MatchView propose(String needId, String volunteerId, String proposedBy, LocalDate occurrence) {
        Volunteer volunteer = volunteers.get(volunteerId);
        if (volunteer == null) {
            throw new ResourceNotFoundException("Aucun bénévole connu n’a cet identifiant.");
        }
        Instant now = clock.instant();
        return store.change(needId, board -> {
            LocalDate date = board.need().occurrences().isEmpty() ? null : board.occurrenceFor(occurrence, now);
            var query = board.need().query(needId, board.excludedVolunteers(date), now);
            ranking.failedRule(volunteer, query, false).ifPresent(rule -> {
                throw new StateConflictException(rule.message());
            });
            Match match = board.propose(volunteer, Ranking.distanceKm(volunteer, query), proposedBy, date,
                    properties.proposalValidity(), now);
            log.info("Need {}: match {} proposed", needId, match.matchId());
            return MatchView.of(board, match, now);
        });
    }

    /** The volunteer accepts; an expired proposal or a need full meanwhile is a 409 (and recorded as such). */
    public MatchView accept(String matchId, Optional<String> actingVolunteer) {
        return answered(matchId, store.changeByMatch(matchId, board -> {
            requireVolunteer(board.match(matchId), actingVolunteer);
            return board.accept(matchId, clock.instant());
        }));
    }

    public MatchView decline(String matchId, Optional<String> actingVolunteer, DeclineReason reason, String note) {
        return answered(matchId, store.changeByMatch(matchId, board -> {
            requireVolunteer(board.match(matchId), actingVolunteer);
            return board.decline(matchId, reason, note, clock.instant());
        }));
    }

    private MatchView answered(String matchId, Optional<NeedMatches.Refusal> refusal) {
        refusal.ifPresent(why -> {
            throw new StateConflictException(why.message());
        });
        return get(matchId);
    }

    /** The referent records the help as given, with the minutes it took. */
    public MatchView complete(String matchId, int actualMinutes) {
        Instant now = clock.instant();
        NeedMatches found = store.byMatch(matchId);
        Match before = found.match(matchId);
        int elsewhere = 0;
        Integer pledge = null;
        if (before.volunteerId() != null) {
            elsewhere = minutesCompletedIn(before.volunteerId(), Months.label(Months.keyOf(now)), found.id());
            Volunteer volunteer = volunteers.get(before.volunteerId());
            pledge = volunteer == null || volunteer.pledgeHours() == 0 ? null : volunteer.pledgeHours();
        }
        int minutesElsewhere = elsewhere;
        Integer pledgeHours = pledge;
        store.changeByMatch(matchId, board -> {
            board.complete(matchId, actualMinutes, minutesElsewhere, pledgeHours, now);
            return null;
        });
        return get(matchId);
    }

    public MatchView cancel(String matchId, Party by, CancellationReason reason, String note) {
        store.changeByMatch(matchId, board -> {
            board.cancel(matchId, by, reason, note, clock.instant());
            return null;
        });
        return get(matchId);
    }

    public MatchView noShow(String matchId) {
        store.changeByMatch(matchId, board -> {
            board.noShow(matchId, clock.instant());
            return null;
        });
        return get(matchId);
    }

    /** The commune of a need matching knows (404 otherwise): who may propose and read its matches. */
    public String communeOfNeed(String needId) {
        return store.get(needId).need().communeInsee();
    }

    public MatchView get(String matchId) {
        NeedMatches board = store.byMatch(matchId);
        return MatchView.of(board, board.match(matchId), clock.instant());
    }

    /** The need's matches, newest first (404 for a need matching has not heard of). */
    public List<MatchView> ofNeed(String needId) {
        NeedMatches board = store.get(needId);
        return board.matches().stream().sorted(Comparator.comparing(Match::proposedAt).reversed())
                .map(match -> MatchView.of(board, match, clock.instant())).toList();
    }

    /** The volunteer's matches, newest first. */
    public List<MatchView> ofVolunteer(String volunteerId) {
        return store.ofVolunteer(volunteerId).stream()
                .flatMap(board -> board.matches().stream().filter(match -> volunteerId.equals(match.volunteerId()))
                        .map(match -> MatchView.of(board, match, clock.instant())))
                .sorted(Comparator.comparing(MatchView::proposedAt).reversed()).toList();
    }

    /** Expires the proposals left unanswered past their expiry, on every need that has some; returns how many. */
    public int expireDue() {
        Instant now = clock.instant();
        Query due = Query.query(Criteria.where("matches").elemMatch(Criteria.where("status")
                .is(MatchStatus.PROPOSED.name()).and("expiresAt").lte(now)));
        int expired = 0;
        for (NeedMatches board : mongo.find(due, NeedMatches.class, NeedMatchesStore.COLLECTION)) {
            expired += store.change(board.id(), fresh -> fresh.expireDue(now));
        }
        if (expired > 0) {
            log.info("Expired {} proposals left unanswered", expired);
        }
        return expired;
    }

    /** The volunteer's minutes completed in the month ({@code 2026-09}) on other needs than {@code exceptNeed}. */
    int minutesCompletedIn(String volunteerId, String month, String exceptNeed) {
        return store.ofVolunteer(volunteerId).stream().filter(board -> !board.id().equals(exceptNeed))
                .flatMap(board -> board.matches().stream())
                .filter(match -> volunteerId.equals(match.volunteerId()) && match.status() == MatchStatus.COMPLETED
                        && month.equals(match.completedMonth()))
                .mapToInt(Match::actualMinutes).sum();
    }

    private static void requireVolunteer(Match match, Optional<String> actingVolunteer) {
        actingVolunteer.filter(acting -> !acting.equals(match.volunteerId())).ifPresent(other -> {
            throw new StateConflictException("Cette proposition est adressée à un autre bénévole.");
        });
    }
}
