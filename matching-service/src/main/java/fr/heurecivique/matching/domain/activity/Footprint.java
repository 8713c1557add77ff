package fr.heurecivique.matching.domain.activity;

import fr.heurecivique.contracts.need.NeedSchedule;
import fr.heurecivique.matching.domain.catalogue.Catalogue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one match weighs on its volunteer, for the pledge rule and the score: minutes per month (given once
 * completed, in the month of the completion; committed while accepted, in the month of the match's date — or, for a
 * match stored before matches had one date, in the months the need falls in), when the
 * volunteer was last solicited by it, and whether it counts for or against their completion rate.
 *
 * @param matchId        the match
 * @param version        the match's version it reflects: a footprint is replaced only by a newer one
 * @param minutesByMonth month key → minutes given or committed
 * @param lastActionAt   the latest of proposal, answer and completion
 * @param completed      completed: counts for the completion rate
 * @param failed         a no-show, or cancelled by the volunteer after accepting: counts against it
 */
public record Footprint(String matchId, long version, Map<Integer, Integer> minutesByMonth, Instant lastActionAt,
        boolean completed, boolean failed) {

    public Footprint {
        minutesByMonth = Map.copyOf(minutesByMonth);
    }

    /**
     * The footprint of a match in the given state.
     *
     * @param schedule        the need's schedule (for the months an accepted match commits), or {@code null}
     * @param durationMinutes the need's expected duration of one occurrence, or {@code null}
     * @param occurrence      the one date the match is for (a weekly need has one match per date and volunteer), or
     *                        {@code null} for a match stored before matches had a date
     */
    public static Footprint of(String matchId, long version, String status, Instant proposedAt, Instant respondedAt,
            Instant completedAt, Integer actualMinutes, String cancelledBy, NeedSchedule schedule,
            Integer durationMinutes, LocalDate occurrence) {
        Map<Integer, Integer> minutes = new TreeMap<>();
        if ("COMPLETED".equals(status) && completedAt != null && actualMinutes != null) {
            minutes.put(Months.keyOf(completedAt), actualMinutes);
        } else if ("ACCEPTED".equals(status) && durationMinutes != null && occurrence != null) {
            minutes.put(Months.keyOf(occurrence), durationMinutes);
        } else if ("ACCEPTED".equals(status) && durationMinutes != null) {
            committedMonths(schedule, respondedAt != null ? respondedAt : proposedAt)
                    .forEach((month, occurrences) -> minutes.put(month, occurrences * durationMinutes));
        }
        Instant last = latest(proposedAt, respondedAt, completedAt);
        boolean failed = "NO_SHOW".equals(status)
                || "CANCELLED".equals(status) && "VOLUNTEER".equals(cancelledBy) && respondedAt != null;
        return new Footprint(matchId, version, minutes, last, "COMPLETED".equals(status), failed);
    }

    /** Month key → occurrences of the schedule in it ({@code acceptedAt}'s month for a need without schedule). */
    static Map<Integer, Integer> committedMonths(NeedSchedule schedule, Instant acceptedAt) {
        Map<Integer, Integer> months = new TreeMap<>();
        if (schedule != null && "ONCE".equals(schedule.type()) && schedule.date() != null) {
            months.put(Months.keyOf(schedule.date()), 1);
        } else if (schedule != null && "WEEKLY".equals(schedule.type()) && schedule.startDate() != null
                && schedule.endDate() != null && schedule.daysOfWeek() != null) {
            Set<DayOfWeek> days = new HashSet<>();
            schedule.daysOfWeek().forEach(code -> {
                DayOfWeek day = Catalogue.dayOf(code);
                if (day != null) {
                    days.add(day);
                }
            });
            // A recurrence lasts at most a year (commune-service's rule); bound it anyway.
            LocalDate end = schedule.endDate().isAfter(schedule.startDate().plusYears(1))
                    ? schedule.startDate().plusYears(1) : schedule.endDate();
            for (LocalDate day = schedule.startDate(); !day.isAfter(end); day = day.plusDays(1)) {
                if (days.contains(day.getDayOfWeek())) {
                    months.merge(Months.keyOf(day), 1, Integer::sum);
                }
            }
        } else if (acceptedAt != null) {
            months.put(Months.keyOf(acceptedAt), 1);
        }
        return months;
    }

    public int minutesIn(int month) {
        return minutesByMonth.getOrDefault(month, 0);
    }

    private static Instant latest(Instant... instants) {
        Instant latest = null;
        for (Instant instant : instants) {
            if (instant != null && (latest == null || instant.isAfter(latest))) {
                latest = instant;
            }
        }
        return latest;
    }
}
