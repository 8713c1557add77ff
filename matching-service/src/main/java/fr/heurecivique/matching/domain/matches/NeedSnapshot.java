package fr.heurecivique.matching.domain.matches;

import fr.heurecivique.contracts.need.NeedSchedule;
import fr.heurecivique.contracts.need.NeedState;
import fr.heurecivique.matching.domain.catalogue.Catalogue;
import fr.heurecivique.matching.domain.ranking.NeedQuery;
import fr.heurecivique.matching.domain.ranking.NeedTime;

import fr.heurecivique.matching.domain.activity.Months;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What matching keeps of a need, from the latest state {@code need.events} carried (never the beneficiary: not even
 * their opaque id is needed here).
 *
 * @param version                the need's aggregate version
 * @param communeInsee           its commune
 * @param communeName            the commune's name, when the reference data knows it
 * @param title                  its title
 * @param kind                   the kind of help
 * @param status                 {@code OPEN}, {@code IN_PROGRESS}, {@code DONE}, {@code CANCELLED}, {@code EXPIRED}
 * @param latitude               where
 * @param longitude              where
 * @param postedAt               when it was posted
 * @param mode                   {@code INDIVIDUAL} or {@code ORGANISED}
 * @param associationName        the association, for an organised need
 * @param placeKind              {@code ADDRESS}, {@code BENEFICIARY_HOME}, {@code COMMUNE_CENTRE}
 * @param locatedAtCommuneCentre whether the coordinates are only the commune centre's
 * @param timing                 when
 * @param durationMinutes        duration of one occurrence
 * @param volunteersNeeded       how many volunteers it wants
 * @param urgency                {@code NORMAL} or {@code URGENT}
 * @param updatedAt              when it last changed
 */
public record NeedSnapshot(long version, String communeInsee, String communeName, String title, String kind,
        String status, double latitude, double longitude, Instant postedAt, String mode, String associationName,
        String placeKind, Boolean locatedAtCommuneCentre, Timing timing, Integer durationMinutes,
        Integer volunteersNeeded, String urgency, Instant updatedAt) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    public static NeedSnapshot of(NeedState state, String communeName) {
        return new NeedSnapshot(state.version(), state.communeInsee(), communeName, state.title(), state.kind(),
                state.status(), state.latitude(), state.longitude(), state.postedAt(), state.mode(),
                state.associationName(), state.placeKind(), state.locatedAtCommuneCentre(),
                Timing.of(state.schedule()), state.durationMinutes(), state.volunteersNeeded(), state.urgency(),
                state.updatedAt());
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    /** How many volunteers it wants (1 for needs recorded before the field existed). */
    public int volunteersWanted() {
        return volunteersNeeded == null ? 1 : Math.max(1, volunteersNeeded);
    }

    public NeedSchedule schedule() {
        return timing == null ? null : timing.toSchedule();
    }

    /**
     * The dates the help is wanted on, in order: the date of a one-off need, every matching day of a weekly one from
     * its start date to its end date. Empty for a need recorded without a schedule.
     */
    public List<LocalDate> occurrences() {
        NeedSchedule schedule = schedule();
        if (schedule == null) {
            return List.of();
        }
        if ("ONCE".equals(schedule.type()) || schedule.daysOfWeek() == null) {
            return schedule.date() == null ? List.of() : List.of(schedule.date());
        }
        if (schedule.startDate() == null || schedule.endDate() == null) {
            return List.of();
        }
        Set<DayOfWeek> days = schedule.daysOfWeek().stream().map(DayOfWeek::valueOf).collect(Collectors.toSet());
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate day = schedule.startDate(); !day.isAfter(schedule.endDate()); day = day.plusDays(1)) {
            if (days.contains(day.getDayOfWeek())) {
                dates.add(day);
            }
        }
        return List.copyOf(dates);
    }

    /** When the occurrence of {@code date} starts (its window's start, Europe/Paris); empty without a schedule. */
    public Optional<Instant> startOf(LocalDate date) {
        NeedSchedule schedule = schedule();
        if (date == null || schedule == null || schedule.startTime() == null) {
            return Optional.empty();
        }
        return Optional.of(date.atTime(schedule.startTime()).atZone(Months.ZONE).toInstant());
    }

    /** When the occurrence of {@code date} ends; empty without a schedule. */
    public Optional<Instant> endOf(LocalDate date) {
        NeedSchedule schedule = schedule();
        if (date == null || schedule == null || schedule.endTime() == null) {
            return Optional.empty();
        }
        return Optional.of(date.atTime(schedule.endTime()).atZone(Months.ZONE).toInstant());
    }

    /** Whether the last occurrence has ended at {@code now} (false for a need without a schedule). */
    public boolean endedAt(Instant now) {
        List<LocalDate> dates = occurrences();
        return !dates.isEmpty() && endOf(dates.get(dates.size() - 1)).map(end -> !now.isBefore(end)).orElse(false);
    }

    /** "jeudi 10 décembre 2026 à 10 h": the start of one occurrence, for the messages. */
    public String startLabel(LocalDate date) {
        NeedSchedule schedule = schedule();
        String day = DATE.format(date);
        return schedule == null || schedule.startTime() == null ? day : day + " à " + time(schedule.startTime());
    }

    /** The question the ranking answers for this need. */
    public NeedQuery query(String needId, Set<String> excluded, Instant now) {
        return new NeedQuery(needId, communeInsee, kind, mode, latitude, longitude,
                NeedTime.of(schedule(), durationMinutes), excluded, now);
    }

    /** "jeudi 3 décembre 2026, de 10 h à 12 h"; "chaque mardi et jeudi, du 1 décembre 2026 au …, de 10 h à 12 h". */
    public String whenLabel() {
        NeedSchedule schedule = schedule();
        if (schedule == null || schedule.startTime() == null || schedule.endTime() == null) {
            return null;
        }
        try {
            String hours = "de " + time(schedule.startTime()) + " à " + time(schedule.endTime());
            if ("ONCE".equals(schedule.type()) && schedule.date() != null) {
                return DATE.format(schedule.date()) + ", " + hours;
            }
            if ("WEEKLY".equals(schedule.type()) && schedule.daysOfWeek() != null) {
                String days = schedule.daysOfWeek().stream().map(Catalogue::dayOf).filter(java.util.Objects::nonNull)
                        .map(Catalogue::dayLabel).collect(Collectors.joining(", "));
                int last = days.lastIndexOf(", ");
                if (last >= 0) {
                    days = days.substring(0, last) + " et " + days.substring(last + 2);
                }
                return "chaque " + days + ", du " + shortDate(schedule.startDate()) + " au "
                        + shortDate(schedule.endDate()) + ", " + hours;
            }
        } catch (DateTimeException malformed) {
            return null;
        }
        return null;
    }

    /** Where, in French, without any address. */
    public String placeLabel() {
        String commune = communeName != null ? communeName : "la commune " + communeInsee;
        if ("BENEFICIARY_HOME".equals(placeKind)) {
            return "Au domicile de la personne aidée, à " + commune + " (le référent vous donnera l’adresse)";
        }
        if ("ADDRESS".equals(placeKind)) {
            return "À l’adresse indiquée par le référent, à " + commune;
        }
        return "À " + commune;
    }

    private static String time(LocalTime time) {
        return time.getMinute() == 0 ? time.getHour() + " h" : time.getHour() + " h "
                + String.format("%02d", time.getMinute());
    }

    private static String shortDate(LocalDate date) {
        return date == null ? "?" : SHORT_DATE.format(date);
    }
}
