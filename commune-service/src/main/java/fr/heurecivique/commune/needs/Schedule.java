package fr.heurecivique.commune.needs;

import fr.heurecivique.commune.Departement;
import fr.heurecivique.contracts.need.NeedSchedule;
import fr.heurecivique.defaults.web.FieldProblem;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When a need's help is wanted, in the département's local time: once, on a date within a time window, or every
 * week on some days within a time window, from a start date to an end date (at most a year later).
 *
 * @param type       once or weekly
 * @param date       the date ({@link Type#ONCE})
 * @param daysOfWeek the days, in week order ({@link Type#WEEKLY})
 * @param startDate  the first day of the recurrence ({@link Type#WEEKLY})
 * @param endDate    the last day of the recurrence ({@link Type#WEEKLY})
 * @param startTime  start of the time window
 * @param endTime    end of the time window, after its start (no window over midnight)
 */
public record Schedule(Type type, LocalDate date, List<DayOfWeek> daysOfWeek, LocalDate startDate,
        LocalDate endDate, LocalTime startTime, LocalTime endTime) {

    /** The longest weekly recurrence, so that a need (and its beneficiary's data) does not linger for years. */
    static final int MAX_WEEKLY_MONTHS = 12;

    public enum Type { ONCE, WEEKLY }

    public Schedule {
        daysOfWeek = daysOfWeek == null ? null : daysOfWeek.stream().distinct().sorted().toList();
    }

    /**
     * The schedule a request describes — a {@code date}, or {@code daysOfWeek} with an {@code endDate} (and a
     * {@code startDate}, today by default) — or empty, with what is wrong added to {@code problems}, naming each
     * field under {@code when}.
     */
    public static Optional<Schedule> of(LocalDate date, Collection<DayOfWeek> daysOfWeek, LocalDate startDate,
            LocalDate endDate, LocalTime startTime, LocalTime endTime, LocalDate today,
            List<FieldProblem> problems) {
        boolean weekly = daysOfWeek != null && !daysOfWeek.isEmpty();
        int before = problems.size();
        if (date != null && weekly) {
            problems.add(new FieldProblem("when", "soit une date (besoin ponctuel), soit des jours de la semaine "
                    + "(besoin hebdomadaire), pas les deux"));
        } else if (date == null && !weekly) {
            problems.add(new FieldProblem("when.date", "est obligatoire pour un besoin ponctuel (ou daysOfWeek et "
                    + "endDate pour un besoin hebdomadaire)"));
        } else if (weekly && endDate == null) {
            problems.add(new FieldProblem("when.endDate", "est obligatoire pour un besoin hebdomadaire"));
        }
        if (startTime == null) {
            problems.add(new FieldProblem("when.startTime", "ne doit pas être nul"));
        }
        if (endTime == null) {
            problems.add(new FieldProblem("when.endTime", "ne doit pas être nul"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(weekly
                ? new Schedule(Type.WEEKLY, null, List.copyOf(daysOfWeek), startDate == null ? today : startDate,
                        endDate, startTime, endTime)
                : new Schedule(Type.ONCE, date, null, null, null, startTime, endTime));
    }

    /** What makes this schedule unacceptable at {@code now}: a window in the past, an empty recurrence… */
    List<FieldProblem> problems(Instant now) {
        if (!startTime.isBefore(endTime)) {
            return List.of(new FieldProblem("when.endTime", "doit être après l’heure de début (startTime)"));
        }
        if (type == Type.ONCE) {
            return endsAt().isAfter(now) ? List.of() : List.of(new FieldProblem("when.date",
                    "le créneau est déjà passé : choisissez une date et une heure à venir"));
        }
        if (endDate.isBefore(startDate)) {
            return List.of(new FieldProblem("when.endDate", "doit être après la date de début (startDate)"));
        }
        if (endDate.isAfter(startDate.plusMonths(MAX_WEEKLY_MONTHS))) {
            return List.of(new FieldProblem("when.endDate", "doit être au plus " + MAX_WEEKLY_MONTHS
                    + " mois après la date de début"));
        }
        if (lastDate().isEmpty()) {
            return List.of(new FieldProblem("when.daysOfWeek", "aucun de ces jours ne tombe entre la date de début "
                    + "et la date de fin"));
        }
        return endsAt().isAfter(now) ? List.of() : List.of(new FieldProblem("when.endDate",
                "la récurrence est déjà terminée : choisissez une date de fin à venir"));
    }

    /** The date of the last occurrence; empty for a recurrence with no day in its range. */
    public Optional<LocalDate> lastDate() {
        if (type == Type.ONCE) {
            return Optional.of(date);
        }
        return Stream.iterate(endDate, day -> !day.isBefore(startDate) && !day.isBefore(endDate.minusDays(6)),
                day -> day.minusDays(1)).filter(day -> daysOfWeek.contains(day.getDayOfWeek())).findFirst();
    }

    /** When the last occurrence ends; after it, an open need has expired. */
    public Instant endsAt() {
        LocalDate last = lastDate().orElse(type == Type.ONCE ? date : endDate);
        return last.atTime(endTime).atZone(Departement.ZONE).toInstant();
    }

    /** The length of the time window, in minutes. */
    public long windowMinutes() {
        return Duration.between(startTime, endTime).toMinutes();
    }

    NeedSchedule toContract() {
        return new NeedSchedule(type.name(), date,
                daysOfWeek == null ? null : daysOfWeek.stream().map(DayOfWeek::name).toList(), startDate, endDate,
                startTime, endTime);
    }
}
