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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lifecycle of matches within their need. */
class NeedMatchesTest {

    private static final Instant NOW = Instant.parse("2026-09-15T10:00:00Z");
    private final OutboxEvents events = new OutboxEvents("matching-service", new EventJson(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void fillingTheNeedWithdrawsTheOtherProposalsAndFurtherAnswersAreRefused() {
        NeedMatches board = board(2, "OPEN");
        Match a = board.propose(volunteer("a"), 1.0, "r", Duration.ofHours(72), NOW, events);
        Match b = board.propose(volunteer("b"), 1.0, "r", Duration.ofHours(72), NOW, events);
        Match c = board.propose(volunteer("c"), 1.0, "r", Duration.ofHours(72), NOW, events);

        assertThat(board.accept(a.matchId(), NOW, events)).isEmpty();
        assertThat(board.full()).isFalse();
        assertThat(board.accept(b.matchId(), NOW, events)).isEmpty();

        assertThat(board.full()).isTrue();
        assertThat(board.match(c.matchId()).status()).isEqualTo(MatchStatus.WITHDRAWN);
        assertThat(board.summary().acceptedCount()).isEqualTo(2);
        assertThat(board.recorded()).extracting(OutboxEvent::type).endsWith("fr.heurecivique.match.accepted.v1",
                "fr.heurecivique.match.withdrawn.v1");
        assertThatThrownBy(() -> board.accept(c.matchId(), NOW, events)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> board.propose(volunteer("d"), 1.0, "r", Duration.ofHours(72), NOW, events))
                .isInstanceOf(StateConflictException.class).hasMessage("Ce besoin a déjà tous ses bénévoles.");
    }

    @Test
    void illegalTransitionsAreConflictsAndAnExpiredProposalCannotBeAccepted() {
        NeedMatches board = board(1, "OPEN");
        Match a = board.propose(volunteer("a"), 1.0, "r", Duration.ofHours(72), NOW, events);
        assertThatThrownBy(() -> board.complete(a.matchId(), 60, 0, 1, NOW, events))
                .isInstanceOf(StateConflictException.class)
                .hasMessage("Impossible de marquer comme réalisée cette mise en relation : elle est proposée.");
        assertThatThrownBy(() -> board.cancel(a.matchId(), Party.VOLUNTEER, null, null, NOW, events))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> board.propose(volunteer("a"), 1.0, "r", Duration.ofHours(72), NOW, events))
                .isInstanceOf(StateConflictException.class);

        assertThat(board.accept(a.matchId(), NOW.plus(Duration.ofHours(72)), events))
                .contains(NeedMatches.Refusal.EXPIRED);
        assertThat(board.match(a.matchId()).status()).isEqualTo(MatchStatus.EXPIRED);
        assertThat(board.excludedVolunteers()).contains("a");
    }

    @Test
    void aCancelledNeedCancelsItsPendingMatchesAndAnErasedVolunteersAreAnonymised() {
        NeedMatches board = board(2, "OPEN");
        Match a = board.propose(volunteer("a"), 1.0, "r", Duration.ofHours(72), NOW, events);
        Match b = board.propose(volunteer("b"), 1.0, "r", Duration.ofHours(72), NOW, events);
        board.accept(b.matchId(), NOW, events);
        board.complete(b.matchId(), 45, 0, 1, NOW, events);

        assertThat(board.forgetVolunteer("b", NOW, events)).isTrue();
        assertThat(board.match(b.matchId()).volunteerId()).isNull();
        assertThat(board.match(b.matchId()).actualMinutes()).isEqualTo(45);

        assertThat(board.applyNeed(snapshot(1, 2, "CANCELLED"), NOW, events)).isTrue();
        assertThat(board.match(a.matchId()).status()).isEqualTo(MatchStatus.CANCELLED);
        assertThat(board.match(a.matchId()).cancellationReason()).isEqualTo(CancellationReason.NEED_CANCELLED);
        assertThat(board.match(b.matchId()).status()).isEqualTo(MatchStatus.COMPLETED);
        assertThat(board.applyNeed(snapshot(0, 2, "OPEN"), NOW, events)).isFalse(); // older: ignored
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
