package fr.heurecivique.matching.domain.matches;

import fr.heurecivique.contracts.need.NeedSchedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A need's schedule as stored in MongoDB: dates and times as ISO text (Spring Data would store a date as an instant
 * at midnight of the server's zone).
 */
public record Timing(String type, String date, List<String> daysOfWeek, String startDate, String endDate,
        String startTime, String endTime) {

    public static Timing of(NeedSchedule schedule) {
        return schedule == null ? null : new Timing(schedule.type(), text(schedule.date()), schedule.daysOfWeek(),
                text(schedule.startDate()), text(schedule.endDate()), text(schedule.startTime()),
                text(schedule.endTime()));
    }

    public NeedSchedule toSchedule() {
        return new NeedSchedule(type, date == null ? null : LocalDate.parse(date), daysOfWeek,
                startDate == null ? null : LocalDate.parse(startDate),
                endDate == null ? null : LocalDate.parse(endDate),
                startTime == null ? null : LocalTime.parse(startTime),
                endTime == null ? null : LocalTime.parse(endTime));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
