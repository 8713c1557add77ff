package fr.heurecivique.volunteer.volunteers;

/** A part of the day, for weekly availability. */
public enum DayPeriod {
    MORNING, AFTERNOON, EVENING
}
