package fr.heurecivique.commune.needs;

import fr.heurecivique.defaults.web.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleTest {

    /** Thursday 1 October 2026, 11:00 in La Rochelle (summer time, UTC+2). */
    private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-10-01");
    private static final LocalTime TWO = LocalTime.of(14, 0);
    private static final LocalTime FOUR = LocalTime.of(16, 0);

    @Test
    void aWindowEndsInTheDepartementsLocalTime() {
        Schedule once = once(TODAY, TWO, FOUR);
        assertThat(once.endsAt()).isEqualTo(Instant.parse("2026-10-01T14:00:00Z"));
        assertThat(once.windowMinutes()).isEqualTo(120);
        assertThat(once.problems(NOW)).isEmpty();
        // After the change to winter time, 16:00 is 15:00 UTC.
        assertThat(once(LocalDate.parse("2026-11-05"), TWO, FOUR).endsAt())
                .isEqualTo(Instant.parse("2026-11-05T15:00:00Z"));
    }

    @Test
    void refusesAWindowThatHasPassedOrIsUpsideDown() {
        assertThat(fields(once(TODAY, LocalTime.of(8, 0), LocalTime.of(10, 0)).problems(NOW)))
                .containsExactly("when.date");
        assertThat(fields(once(TODAY.minusDays(1), TWO, FOUR).problems(NOW))).containsExactly("when.date");
        assertThat(fields(once(TODAY.plusDays(1), FOUR, TWO).problems(NOW))).containsExactly("when.endTime");
    }

    @Test
    void aWeeklyNeedEndsWithItsLastOccurrence() {
        // From Thursday 1 October to Wednesday 16 December: the last Thursday is 10 December.
        Schedule weekly = weekly(List.of(DayOfWeek.THURSDAY), TODAY, LocalDate.parse("2026-12-16"));
        assertThat(weekly.problems(NOW)).isEmpty();
        assertThat(weekly.lastDate()).contains(LocalDate.parse("2026-12-10"));
        assertThat(weekly.endsAt()).isEqualTo(Instant.parse("2026-12-10T15:00:00Z"));
    }

    @Test
    void refusesAnEmptyTooLongOrFinishedRecurrence() {
        assertThat(fields(weekly(List.of(DayOfWeek.SUNDAY), LocalDate.parse("2026-10-05"),
                LocalDate.parse("2026-10-09")).problems(NOW))).containsExactly("when.daysOfWeek");
        assertThat(fields(weekly(List.of(DayOfWeek.MONDAY), TODAY, TODAY.plusMonths(13)).problems(NOW)))
                .containsExactly("when.endDate");
        assertThat(fields(weekly(List.of(DayOfWeek.MONDAY), TODAY.minusMonths(2), TODAY.minusDays(1)).problems(NOW)))
                .containsExactly("when.endDate");
        assertThat(fields(weekly(List.of(DayOfWeek.MONDAY), TODAY, TODAY.minusDays(3)).problems(NOW)))
                .containsExactly("when.endDate");
    }

    @Test
    void readsARequestAsOnceOrWeeklyAndNamesWhatIsMissing() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(Schedule.of(null, List.of(DayOfWeek.MONDAY), null, TODAY.plusDays(30), TWO, FOUR, TODAY, problems))
                .hasValueSatisfying(schedule -> {
                    assertThat(schedule.type()).isEqualTo(Schedule.Type.WEEKLY);
                    assertThat(schedule.startDate()).isEqualTo(TODAY);
                });
        assertThat(Schedule.of(null, null, null, null, TWO, FOUR, TODAY, problems)).isEmpty();
        assertThat(Schedule.of(TODAY, List.of(DayOfWeek.MONDAY), null, null, TWO, FOUR, TODAY, problems)).isEmpty();
        assertThat(Schedule.of(null, List.of(DayOfWeek.MONDAY), null, null, TWO, FOUR, TODAY, problems)).isEmpty();
        assertThat(fields(problems)).containsExactly("when.date", "when", "when.endDate");
    }

    static Schedule once(LocalDate date, LocalTime start, LocalTime end) {
        return new Schedule(Schedule.Type.ONCE, date, null, null, null, start, end);
    }

    static Schedule weekly(List<DayOfWeek> days, LocalDate start, LocalDate end) {
        return new Schedule(Schedule.Type.WEEKLY, null, days, start, end, TWO, FOUR);
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
