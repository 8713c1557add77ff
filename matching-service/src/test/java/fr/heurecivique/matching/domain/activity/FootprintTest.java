package fr.heurecivique.matching.domain.activity;

import fr.heurecivique.contracts.need.NeedSchedule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What an accepted match commits of its volunteer's pledge. */
class FootprintTest {

    private static final Instant ACCEPTED_AT = Instant.parse("2026-12-07T10:00:00Z");
    private static final NeedSchedule EVERY_THURSDAY = new NeedSchedule("WEEKLY", null, List.of("THURSDAY"),
            LocalDate.parse("2026-12-07"), LocalDate.parse("2027-03-07"), LocalTime.of(9, 0), LocalTime.of(11, 0));

    @Test
    void anAcceptedMatchForOneDateOfAWeeklyNeedCommitsThatDateOnly() {
        Footprint footprint = Footprint.of("m-1", 2, "ACCEPTED", ACCEPTED_AT, ACCEPTED_AT, null, null, null,
                EVERY_THURSDAY, 90, LocalDate.parse("2026-12-10"));

        // one Thursday, not the four Thursdays of December and the months after
        assertThat(footprint.minutesByMonth()).isEqualTo(Map.of(Months.keyOf(LocalDate.parse("2026-12-10")), 90));
    }

    @Test
    void aMatchStoredBeforeMatchesHadADateStillCommitsTheWholeSchedule() {
        Footprint footprint = Footprint.of("m-1", 2, "ACCEPTED", ACCEPTED_AT, ACCEPTED_AT, null, null, null,
                EVERY_THURSDAY, 90, null);

        assertThat(footprint.minutesIn(Months.keyOf(LocalDate.parse("2026-12-10")))).isEqualTo(4 * 90);
    }

    @Test
    void aCompletedMatchWeighsTheMinutesGivenInTheMonthItWasRecorded() {
        Footprint footprint = Footprint.of("m-1", 3, "COMPLETED", ACCEPTED_AT, ACCEPTED_AT,
                Instant.parse("2027-01-02T10:00:00Z"), 75, null, EVERY_THURSDAY, 90, LocalDate.parse("2026-12-31"));

        assertThat(footprint.minutesByMonth()).isEqualTo(Map.of(Months.keyOf(LocalDate.parse("2027-01-02")), 75));
    }
}
