package fr.heurecivique.volunteer.volunteers;

import fr.heurecivique.contracts.vocabulary.DayPeriod;
import java.time.DayOfWeek;
import java.util.Objects;

/** A time of the week when the volunteer is available: a day and a part of it. */
public record WeeklySlot(DayOfWeek day, DayPeriod period) {

    public WeeklySlot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(period, "period");
    }
}
