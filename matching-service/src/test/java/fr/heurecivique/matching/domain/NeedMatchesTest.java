package fr.heurecivique.matching.domain;

import fr.heurecivique.contracts.need.NeedSchedule;
import fr.heurecivique.contracts.need.NeedState;
import fr.heurecivique.defaults.kafka.EventJson;
import fr.heurecivique.defaults.outbox.OutboxEvent;
import fr.heurecivique.defaults.outbox.OutboxEvents;
import fr.heurecivique.defaults.web.StateConflictException;
import fr.heurecivique.matching.domain.matches.CancellationReason;
import fr.heurecivique.matching.domain.matches.Match;
import fr.heurecivique.matching.domain.matches.MatchStatus;
import fr.heurecivique.matching.domain.matches.NeedMatches;
import fr.heurecivique.matching.domain.matches.NeedSnapshot;
import fr.heurecivique.matching.domain.matches.Party;
import fr.heurecivique.matching.domain.volunteers.Volunteer;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lifecycle of matches within their need. */
class NeedMatchesTest {

    private static final Instant NOW = Instant.parse("2026-09-15T10:00:00Z");
    /** The need of these tests is on 17 September 2026 from 14 to 16 h, Paris time (12 h UTC). */
    private static final Instant STARTED = Instant.parse("2026-09-17T12:30:00Z");
    private final OutboxEvents events = new OutboxEvents("matching-service", new EventJson(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void fillingTheNeedWithdrawsTheOtherProposalsAndFurtherAnswersAreRefused() {
        NeedMatches board = board(2, "OPEN");
        Match a = board.propose(volunteer("a"), 1.0, "r", Duration.ofHours(72), NOW);
        Match b = board.propose(volunteer("b"), 1.0, "r", Duration.ofHours(72), NOW);
        Match c = board.propose(volunteer("c"), 1.0, "r", Duration.ofHours(72), NOW);

        assertThat(board.accept(a.matchId(), NOW)).isEmpty();
        assertThat(board.full(NOW)).isFalse();
        assertThat(board.accept(b.matchId(), NOW)).isEmpty();

        assertThat(board.full(NOW)).isTrue();
        assertThat(board.match(c.matchId()).status()).isEqualTo(MatchStatus.WITHDRAWN);
        assertThat(board.summary(NOW).acceptedCount()).isEqualTo(2);
        assertThat(events.serialise(board)).extracting(OutboxEvent::type).endsWith("fr.heurecivique.match.accepted.v1",
                "fr.heurecivique.match.withdrawn.v1");
        assertThatThrownBy(() -> board.accept(c.matchId(), NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> board.propose(volunteer("d"), 1.0, "r", Duration.ofHours(72), NOW))
                .isInstanceOf(StateConflictException.class).hasMessage("Ce besoin a déjà tous ses bénévoles.");
    }

    @Test
    void illegalTransitionsAreConflictsAndAnExpiredProposalCannotBeAccepted() {
        NeedMatches board = board(1, "OPEN");
        Match a = board.propose(volunteer("a"), 1.0, "r", Duration.ofHours(72), NOW);
        assertThatThrownBy(() -> board.complete(a.matchId(), 60, 0, 1, NOW))
                .isInstanceOf(StateConflictException.class)
                .hasMessage("Impossible de marquer comme réalisée cette mise en relation : elle est proposée.");
        assertThatThrownBy(() -> board.cancel(a.matchId(), Party.VOLUNTEER, null, null, NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> board.propose(volunteer("a"), 1.0, "r", Duration.ofHours(72), NOW))
                .isInstanceOf(StateConflictException.class);

        assertThat(board.accept(a.matchId(), NOW.plus(Duration.ofHours(72))))
                .contains(NeedMatches.Refusal.EXPIRED);
        assertThat(board.match(a.matchId()).status()).isEqualTo(MatchStatus.EXPIRED);
        assertThat(board.excludedVolunteers()).contains("a");
    }

    @Test
    void aCancelledNeedCancelsItsPendingMatchesAndAnErasedVolunteersAreAnonymised() {
        NeedMatches board = board(2, "OPEN");
        Match a = board.propose(volunteer("a"), 1.0, "r", Duration.ofHours(72), NOW);
        Match b = board.propose(volunteer("b"), 1.0, "r", Duration.ofHours(72), NOW);
        board.accept(b.matchId(), NOW);
        board.complete(b.matchId(), 45, 0, 1, STARTED);

        assertThat(board.forgetVolunteer("b", NOW)).isTrue();
        assertThat(board.match(b.matchId()).volunteerId()).isNull();
        assertThat(board.match(b.matchId()).actualMinutes()).isEqualTo(45);

        assertThat(board.applyNeed(snapshot(1, 2, "CANCELLED"), NOW)).isTrue();
        assertThat(board.match(a.matchId()).status()).isEqualTo(MatchStatus.CANCELLED);
        assertThat(board.match(a.matchId()).cancellationReason()).isEqualTo(CancellationReason.NEED_CANCELLED);
        assertThat(board.match(b.matchId()).status()).isEqualTo(MatchStatus.COMPLETED);
        assertThat(board.applyNeed(snapshot(0, 2, "OPEN"), NOW)).isFalse(); // older: ignored
    }

    // ------------------------------------------------------------------------------- several places (issue 19)

    @Test
    void aNeedForThreeIsDoneOnlyWhenItsThreePlacesAreDoneAndACancelledVolunteerFreesAPlace() {
        NeedMatches board = board(3, "OPEN");
        Match a = accepted(board, "a");
        Match b = accepted(board, "b");
        Match c = accepted(board, "c");
        assertThat(board.full(NOW)).isTrue();

        board.cancel(c.matchId(), Party.VOLUNTEER, CancellationReason.NO_LONGER_AVAILABLE, null, NOW);
        assertThat(board.full(NOW)).isFalse();
        assertThat(board.summary(NOW).placesLeft()).isEqualTo(1);
        Match d = accepted(board, "d");

        board.complete(a.matchId(), 60, 0, 1, STARTED);
        assertThat(board.done(STARTED)).isFalse();
        assertThat(board.summary(STARTED).done()).isFalse();
        board.complete(b.matchId(), 60, 0, 1, STARTED);
        assertThat(board.done(STARTED)).isFalse();
        board.complete(d.matchId(), 60, 0, 1, STARTED);

        assertThat(board.done(STARTED)).isTrue();
        var summary = board.summary(STARTED);
        assertThat(summary.completedCount()).isEqualTo(3);
        assertThat(summary.placesNeeded()).isEqualTo(3);
        assertThat(summary.placesDone()).isEqualTo(3);
        assertThat(summary.done()).isTrue();
    }

    @Test
    void aNeedForThreeWithOneCompletedIsDoneOnceItsDateIsOverAndNothingIsPending() {
        NeedMatches board = board(3, "OPEN");
        Match a = accepted(board, "a");
        board.complete(a.matchId(), 60, 0, 1, STARTED);
        assertThat(board.done(STARTED)).isFalse();
        assertThat(board.full(STARTED)).isTrue(); // a date that has started can no longer be filled

        assertThat(board.done(Instant.parse("2026-09-17T14:00:00Z"))).isTrue();
    }

    // ------------------------------------------------------------------------------- a weekly need (issue 19)

    @Test
    void eachDateOfAWeeklyNeedIsProposedAnsweredCompletedAndCountedAndTheSameVolunteerMayDoSeveral() {
        // Every Thursday from 17 September to 8 October 2026, 14 to 16 h: four dates.
        NeedMatches board = NeedMatches.of("n1", weekly(0, "2026-09-17", "2026-10-08"), NOW);
        assertThat(board.need().occurrences()).hasSize(4);
        List<LocalDate> dates = board.need().occurrences();

        Match first = board.propose(volunteer("a"), 1.0, "r", null, Duration.ofHours(72), NOW);
        assertThat(first.occurrence()).isEqualTo(LocalDate.parse("2026-09-17"));
        assertThatThrownBy(() -> board.propose(volunteer("a"), 1.0, "r", dates.get(0), Duration.ofHours(72), NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> board.propose(volunteer("a"), 1.0, "r", LocalDate.parse("2026-09-18"),
                Duration.ofHours(72), NOW)).isInstanceOf(StateConflictException.class)
                .hasMessageStartingWith("Ce besoin n’a pas lieu le vendredi 18 septembre 2026");
        board.accept(first.matchId(), NOW);
        assertThat(board.full(NOW)).isFalse(); // three dates still want someone
        assertThat(board.nextOpenOccurrence(NOW)).contains(dates.get(1));

        Instant at = NOW;
        for (int i = 0; i < dates.size(); i++) {
            Match match = i == 0 ? first : board.propose(volunteer("a"), 1.0, "r", dates.get(i),
                    Duration.ofHours(72), at);
            if (i > 0) {
                board.accept(match.matchId(), at);
            }
            at = board.need().startOf(dates.get(i)).orElseThrow().plus(Duration.ofMinutes(90));
            assertThat(board.done(at)).isFalse();
            board.complete(match.matchId(), 60, 0, 4, at);
        }

        var summary = board.summary(at);
        assertThat(summary.completedCount()).isEqualTo(4);
        assertThat(summary.occurrences()).isEqualTo(4);
        assertThat(summary.placesDone()).isEqualTo(4);
        assertThat(summary.done()).isTrue();
        assertThat(board.matches()).extracting(Match::actualMinutes).containsOnly(60);
        assertThat(board.matches()).extracting(Match::occurrence).containsExactlyElementsOf(dates);
        assertThat(board.matches().get(3).state("n1").occurrence()).isEqualTo(dates.get(3));
    }

    @Test
    void aWeeklyNeedWithSomeDatesLeftUnfilledIsDoneOnlyAfterItsEndDate() {
        NeedMatches board = NeedMatches.of("n1", weekly(0, "2026-09-17", "2026-10-08"), NOW);
        Match first = accepted(board, "a");
        board.complete(first.matchId(), 60, 0, 1, STARTED);
        assertThat(board.done(STARTED)).isFalse();
        assertThat(board.summary(STARTED).placesLeft()).isEqualTo(3);
        assertThat(board.done(Instant.parse("2026-10-08T13:59:00Z"))).isFalse();
        assertThat(board.done(Instant.parse("2026-10-08T14:00:00Z"))).isTrue();
        assertThat(board.summary(Instant.parse("2026-10-08T14:00:00Z")).ended()).isTrue();
    }

    // ---------------------------------------------------------------- the mission's start (issue 19, point 3)

    @Test
    void aMissionCannotBeRecordedBeforeItStarts() {
        NeedMatches board = board(1, "OPEN");
        Match a = accepted(board, "a");
        assertThatThrownBy(() -> board.complete(a.matchId(), 60, 0, 1, NOW))
                .isInstanceOf(StateConflictException.class)
                .hasMessage("Cette mission commence le jeudi 17 septembre 2026 à 14 h : elle ne peut être marquée "
                        + "comme réalisée qu’à partir de ce moment.");
        assertThatThrownBy(() -> board.noShow(a.matchId(), NOW)).isInstanceOf(StateConflictException.class);
        assertThat(board.match(a.matchId()).status()).isEqualTo(MatchStatus.ACCEPTED);

        board.complete(a.matchId(), 60, 0, 1, Instant.parse("2026-09-17T12:00:00Z"));
        assertThat(board.match(a.matchId()).status()).isEqualTo(MatchStatus.COMPLETED);
    }

    @Test
    void theAnswerIsDueNoLaterThanTheMissionsStart() {
        // A Friday 9:00 mission proposed on Thursday at 10:00: the answer is due on Friday at 9:00, not on Sunday.
        NeedMatches board = NeedMatches.of("n1", once(0, "2026-09-18", LocalTime.of(9, 0), LocalTime.of(11, 0)),
                NOW);
        Instant thursday = Instant.parse("2026-09-17T08:00:00Z");
        Match match = board.propose(volunteer("a"), 1.0, "r", Duration.ofHours(72), thursday);
        assertThat(match.expiresAt()).isEqualTo(Instant.parse("2026-09-18T07:00:00Z"));
        assertThat(board.accept(match.matchId(), Instant.parse("2026-09-18T07:00:00Z")))
                .contains(NeedMatches.Refusal.EXPIRED);
        // A proposal three weeks ahead keeps its 72 hours.
        Match later = NeedMatches.of("n2", once(0, "2026-10-09", LocalTime.of(9, 0), LocalTime.of(11, 0)), NOW)
                .propose(volunteer("a"), 1.0, "r", Duration.ofHours(72), thursday);
        assertThat(later.expiresAt()).isEqualTo(thursday.plus(Duration.ofHours(72)));
        // A mission that has started takes no proposal.
        assertThatThrownBy(() -> board.propose(volunteer("b"), 1.0, "r", Duration.ofHours(72),
                Instant.parse("2026-09-18T07:30:00Z"))).isInstanceOf(StateConflictException.class)
                .hasMessage("La date de ce besoin est passée.");
    }

    // ------------------------------------------------- a volunteer pauses, moves, is erased (issue 19, 4 and 6)

    @Test
    void aPausedVolunteersProposalsAreWithdrawnWithTheirReasonButAnAcceptedMissionStays() {
        NeedMatches waiting = board(1, "OPEN");
        Match proposal = waiting.propose(volunteer("a"), 1.0, "r", Duration.ofHours(72), NOW);
        NeedMatches promised = NeedMatches.of("n2", snapshot(0, 1, "OPEN"), NOW);
        Match mission = accepted(promised, "a");

        assertThat(waiting.volunteerChanged("a", "PAUSED", "17300", NOW)).isTrue();
        assertThat(promised.volunteerChanged("a", "PAUSED", "17300", NOW)).isFalse();

        Match withdrawn = waiting.match(proposal.matchId());
        assertThat(withdrawn.status()).isEqualTo(MatchStatus.CANCELLED);
        assertThat(withdrawn.cancellationReason()).isEqualTo(CancellationReason.VOLUNTEER_PAUSED);
        assertThat(events.serialise(waiting)).extracting(OutboxEvent::type).last()
                .isEqualTo("fr.heurecivique.match.cancelled.v1");
        assertThat(events.serialise(waiting).get(events.serialise(waiting).size() - 1).data())
                .contains("\"cancellationReason\":\"VOLUNTEER_PAUSED\"", "\"previousStatus\":\"PROPOSED\"");
        assertThat(promised.match(mission.matchId()).status()).isEqualTo(MatchStatus.ACCEPTED);
    }

    @Test
    void aVolunteerWhoMovedCommuneHasTheirProposalsWithdrawnAndOneWhoDidNotKeepsThem() {
        NeedMatches board = board(1, "OPEN");
        Match proposal = board.propose(volunteer("a"), 1.0, "r", Duration.ofHours(72), NOW);
        assertThat(board.volunteerChanged("a", "ACTIVE", "17300", NOW)).isFalse();
        assertThat(board.volunteerChanged("a", "ACTIVE", "17299", NOW)).isTrue();
        assertThat(board.match(proposal.matchId()).cancellationReason())
                .isEqualTo(CancellationReason.VOLUNTEER_MOVED);
    }

    @Test
    void erasingAVolunteerWithAnAcceptedMissionPublishesItsCancellationSayingItWasAcceptedWithoutNamingThem() {
        NeedMatches board = board(2, "OPEN");
        Match mission = accepted(board, "b");
        Match proposal = board.propose(volunteer("b2"), 1.0, "r", Duration.ofHours(72), NOW);
        int before = events.serialise(board).size();

        assertThat(board.forgetVolunteer("b", NOW)).isTrue();

        assertThat(events.serialise(board)).hasSize(before + 1);
        OutboxEvent cancelled = events.serialise(board).get(before);
        assertThat(cancelled.type()).isEqualTo("fr.heurecivique.match.cancelled.v1");
        assertThat(cancelled.data()).contains("\"cancellationReason\":\"VOLUNTEER_ERASED\"",
                "\"previousStatus\":\"ACCEPTED\"", "\"needId\":\"n1\"", "\"matchId\":\"" + mission.matchId())
                .doesNotContain("\"volunteerId\":\"b\"", "Claire");
        assertThat(board.match(proposal.matchId()).status()).isEqualTo(MatchStatus.PROPOSED);
    }

    private Match accepted(NeedMatches board, String volunteer) {
        Match match = board.propose(volunteer(volunteer), 1.0, "r", Duration.ofHours(72), NOW);
        assertThat(board.accept(match.matchId(), NOW)).isEmpty();
        return board.match(match.matchId());
    }

    private static NeedSnapshot weekly(long version, String from, String to) {
        return NeedSnapshot.of(new NeedState("n1", version, "17300", "Visite", "COMPANY", "…", "OPEN", 46.16,
                -1.15, NOW, "INDIVIDUAL", "b1", null, null, "BENEFICIARY_HOME", true,
                new NeedSchedule("WEEKLY", null, List.of("THURSDAY"), LocalDate.parse(from), LocalDate.parse(to),
                        LocalTime.of(14, 0), LocalTime.of(16, 0)), 60, 1, "NORMAL", null, NOW), "Rochefort");
    }

    private static NeedSnapshot once(long version, String date, LocalTime start, LocalTime end) {
        return NeedSnapshot.of(new NeedState("n1", version, "17300", "Courses", "SHOPPING", "…", "OPEN", 46.16,
                -1.15, NOW, "INDIVIDUAL", "b1", null, null, "BENEFICIARY_HOME", true,
                new NeedSchedule("ONCE", LocalDate.parse(date), null, null, null, start, end), 60, 1, "NORMAL", null,
                NOW), "Rochefort");
    }

    private NeedMatches board(int wanted, String status) {
        return NeedMatches.of("n1", snapshot(0, wanted, status), NOW);
    }

    private static NeedSnapshot snapshot(long version, int wanted, String status) {
        return NeedSnapshot.of(new NeedState("n1", version, "17300", "Courses", "SHOPPING", "…", status, 46.16,
                -1.15, NOW, "INDIVIDUAL", "b1", null, null, "BENEFICIARY_HOME", true,
                new NeedSchedule("ONCE", LocalDate.parse("2026-09-17"), null, null, null, LocalTime.of(14, 0),
                        LocalTime.of(16, 0)), 60, wanted, "NORMAL", null, NOW), "Rochefort");
    }

    private static Volunteer volunteer(String id) {
        return new Volunteer(id, 1, "ACTIVE", "Claire M.", "17300", null, 46.16, -1.15, 2, 2, (1 << 21) - 1, 10, 1,
                NOW);
    }
}
