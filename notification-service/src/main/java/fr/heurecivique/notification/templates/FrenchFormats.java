package fr.heurecivique.notification.templates;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Dates, times and the platform's codes as French readers expect them in messages. */
public final class FrenchFormats {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' H'h'mm",
            Locale.FRANCE);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM 'à' H'h'mm", Locale.FRANCE);

    private static final Map<String, String> KINDS = Map.of("VISITS", "compagnie et visites", "SHOPPING",
            "courses et commissions", "LIFTS", "transport accompagné", "DIGITAL", "aide numérique", "PAPERWORK",
            "démarches administratives", "DIY", "petit bricolage", "GARDENING", "jardinage", "EVENTS",
            "aide aux événements", "ANIMALS", "soin des animaux", "OTHER", "autre");
    private static final Map<String, String> MODES = Map.of("ORGANISED", "avec les associations",
            "INDIVIDUAL", "entre voisins");
    private static final Map<String, String> DAYS = Map.of("MONDAY", "lundi", "TUESDAY", "mardi", "WEDNESDAY",
            "mercredi", "THURSDAY", "jeudi", "FRIDAY", "vendredi", "SATURDAY", "samedi", "SUNDAY", "dimanche");
    private static final Map<String, String> PERIODS = Map.of("MORNING", "matin", "AFTERNOON", "après-midi",
            "EVENING", "soir");

    private FrenchFormats() {
    }

    /** "mardi 8 décembre 2026 à 18h30", in Paris time. */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(PARIS));
    }

    /** "08/12 à 18h30", for SMS. */
    public static String shortDateTime(Instant instant) {
        return SHORT.format(instant.atZone(PARIS));
    }

    /** "1 h 30", "45 min", "2 h". */
    public static String duration(Integer minutes) {
        if (minutes == null) {
            return "";
        }
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return rest == 0 ? hours + " h" : hours + " h " + String.format(Locale.FRANCE, "%02d", rest);
    }

    /** The French label of one kind of help. */
    public static String kind(String code) {
        return code == null ? "" : KINDS.getOrDefault(code, code.toLowerCase(Locale.FRANCE));
    }

    public static String kinds(List<String> codes) {
        return list(codes, KINDS);
    }

    public static String modes(List<String> codes) {
        return list(codes, MODES);
    }

    /** "lundi matin, mercredi soir". */
    public static String slot(String day, String period) {
        return DAYS.getOrDefault(day, day.toLowerCase(Locale.FRANCE)) + " "
                + PERIODS.getOrDefault(period, period.toLowerCase(Locale.FRANCE));
    }

    private static String list(List<String> codes, Map<String, String> labels) {
        return codes == null ? "" : codes.stream().map(code -> labels.getOrDefault(code, code.toLowerCase(Locale.FRANCE)))
                .collect(Collectors.joining(", "));
    }
}
