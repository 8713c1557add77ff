package fr.heurecivique.web.space;

import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The French words for the API's codes and dates, for the pages ({@code ${@spaceLabels.kind(code)}}). An unknown
 * code (a new one in a service) shows as itself rather than breaking the page.
 */
@Component("spaceLabels")
public class Labels {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter
            .ofPattern("EEEE d MMMM yyyy 'à' H'h'mm", Locale.FRANCE).withZone(PARIS);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE)
            .withZone(PARIS);

    private static final Map<String, String> MODES = Map.of(
            "ORGANISED", "Avec les associations (leurs besoins, leurs événements)",
            "INDIVIDUAL", "Auprès d’habitants, dans le voisinage");
    private static final Map<String, String> KINDS = Map.of(
            "VISITS", "Compagnie et visites", "SHOPPING", "Courses", "LIFTS", "Transport",
            "DIGITAL", "Aide numérique", "PAPERWORK", "Démarches administratives", "DIY", "Petit bricolage",
            "GARDENING", "Jardinage", "EVENTS", "Aide aux événements", "ANIMALS", "Soin des animaux",
            "OTHER", "Autre");
    private static final Map<String, String> PERIODS = Map.of("MORNING", "matin", "AFTERNOON", "après-midi",
            "EVENING", "soir");
    private static final Map<String, String> STATUSES = Map.of(
            "REGISTERED", "Inscription en cours", "ACTIVE", "Actif ou active", "PAUSED", "En pause",
            "WITHDRAWN", "A quitté le dispositif");

    /** The reasons a volunteer may give for declining, in the order the form shows them. */
    public static final List<Option> DECLINE_REASONS = List.of(
            new Option("NOT_AVAILABLE", "Pas disponible à ce moment-là"),
            new Option("TOO_FAR", "Trop loin"),
            new Option("NOT_SUITABLE", "Cette aide ne me convient pas"),
            new Option("PERSONAL", "Raison personnelle"),
            new Option("OTHER", "Autre raison"));

    public String mode(String code) {
        return MODES.getOrDefault(code, code);
    }

    public String kind(String code) {
        return KINDS.getOrDefault(code, code);
    }

    public String status(String code) {
        return STATUSES.getOrDefault(code, code);
    }

    public String slot(SpaceApi.Slot slot) {
        String day;
        try {
            day = DayOfWeek.valueOf(slot.day()).getDisplayName(TextStyle.FULL, Locale.FRANCE);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            day = String.valueOf(slot.day());
        }
        return day + " " + PERIODS.getOrDefault(slot.period(), slot.period());
    }

    public String declineReason(String code) {
        return DECLINE_REASONS.stream().filter(option -> option.value().equals(code)).map(Option::label)
                .findFirst().orElse(code);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DAY_AND_TIME.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** {@code 90} → "1 h 30", {@code 45} → "45 min", {@code 120} → "2 h". */
    public String duration(int minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        int hours = minutes / 60;
        int rest = minutes % 60;
        return hours + " h" + (rest == 0 ? "" : " " + (rest < 10 ? "0" : "") + rest);
    }

    /** {@code 2026-11} → "novembre 2026". */
    public String month(String yearMonth) {
        try {
            YearMonth month = YearMonth.parse(yearMonth);
            return month.getMonth().getDisplayName(TextStyle.FULL, Locale.FRANCE) + " " + month.getYear();
        } catch (RuntimeException unknown) {
            return yearMonth;
        }
    }

    /** No distance ({@code null}): the volunteer lives in the need's commune and the need is at its centre. */
    public String distance(Double km) {
        if (km == null) {
            return "dans votre commune";
        }
        return km < 1 ? "moins d’un kilomètre" : String.format(Locale.FRANCE, "%.0f km", km);
    }

    /** A choice of a select list. */
    public record Option(String value, String label) {
    }
}
