package fr.heurecivique.notification.templates;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Dates, times and the platform's codes as French readers expect them in messages. */
public final class FrenchFormats {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM", Locale.FRANCE);

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

    /** "mardi 8 décembre 2026 à 18 h 30", in Paris time. */
    public static String dateTime(Instant instant) {
        ZonedDateTime at = instant.atZone(PARIS);
        return DATE.format(at) + " à " + time(at.toLocalTime());
    }

    /** "08/12 à 18 h 30", for SMS. */
    public static String shortDateTime(Instant instant) {
        ZonedDateTime at = instant.atZone(PARIS);
        return SHORT_DATE.format(at) + " à " + time(at.toLocalTime());
    }

    /** The one way messages write a time: "10 h 30", "9 h 05", "18 h". */
    public static String time(LocalTime time) {
        return time.getMinute() == 0 ? time.getHour() + " h"
                : time.getHour() + " h " + String.format(Locale.FRANCE, "%02d", time.getMinute());
    }

    /** A number of hours in words: "1 heure", "3 heures" (never "heure(s)"). */
    public static String hours(Integer hours) {
        if (hours == null) {
            return "";
        }
        return hours + (Math.abs(hours) >= 2 ? " heures" : " heure");
    }

    /**
     * A phone number as people write it: "05 46 51 51 51" for a French number (E.164 {@code +33…} or national
     * {@code 0…}); anything else is left as it is (a foreign number in international form).
     */
    public static String phone(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String digits = number.replaceAll("[\\s.\\-()]", "");
        String national = digits.startsWith("+33") && digits.length() == 12 ? "0" + digits.substring(3)
                : digits.matches("0\\d{9}") ? digits : null;
        if (national == null) {
            return number.strip();
        }
        return national.replaceAll("(\\d{2})(?=\\d)", "$1 ");
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
