package fr.heurecivique.commune.needs;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * When the help is wanted, in local time: {@code {"date": "2026-10-01", "startTime": "14:00", "endTime": "16:00"}},
 * or every week: {@code {"daysOfWeek": ["THURSDAY"], "startDate": "2026-10-01", "endDate": "2026-12-17",
 * "startTime": "10:00", "endTime": "11:00"}} ({@code startDate} defaults to today).
 */
record WhenRequest(
        LocalDate date,
        @Size(max = 7) List<DayOfWeek> daysOfWeek,
        LocalDate startDate,
        LocalDate endDate,
        @NotNull LocalTime startTime,
        @NotNull LocalTime endTime) {
}
