package fr.heurecivique.contracts.need;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * When a need's help is wanted, in the local time of the département (Europe/Paris): once, on a date within a time
 * window, or every week on some days within a time window until an end date.
 *
 * @param type       {@code ONCE} or {@code WEEKLY}
 * @param date       the date, for {@code ONCE}
 * @param daysOfWeek the days ({@code MONDAY}…{@code SUNDAY}), for {@code WEEKLY}
 * @param startDate  the first day of the recurrence, for {@code WEEKLY}
 * @param endDate    the last day of the recurrence, for {@code WEEKLY}
 * @param startTime  start of the time window
 * @param endTime    end of the time window
 */
public record NeedSchedule(String type, LocalDate date, List<String> daysOfWeek, LocalDate startDate,
        LocalDate endDate, LocalTime startTime, LocalTime endTime) {
}
