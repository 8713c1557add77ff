package fr.heurecivique.notification.templates;

import fr.heurecivique.contracts.vocabulary.DayPeriod;
import fr.heurecivique.contracts.vocabulary.HelpMode;
import fr.heurecivique.contracts.vocabulary.KindOfHelp;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Dates, times and the platform's codes as French readers expect them in messages. */
public final class FrenchFormats {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM", Locale.FRANCE);

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

    /** The French words of one kind of help, as they read in a sentence (the shared catalogue's). */
    public static String kind(String code) {
        return KindOfHelp.inSentenceOf(code);
    }

    public static String kinds(List<String> codes) {
        return list(codes, KindOfHelp::inSentenceOf);
    }

    public static String modes(List<String> codes) {
        return list(codes, code -> HelpMode.of(code).map(HelpMode::inSentence)
                .orElse(code == null ? "" : code.toLowerCase(Locale.FRANCE)));
    }

    /** "lundi matin, mercredi soir". */
    public static String slot(String day, String period) {
        return Arrays.stream(DayOfWeek.values()).filter(known -> known.name().equals(day)).findFirst()
                .map(DayPeriod::dayLabel).orElse(day.toLowerCase(Locale.FRANCE)) + " "
                + DayPeriod.of(period).map(DayPeriod::label).orElse(period.toLowerCase(Locale.FRANCE));
    }

    private static String list(List<String> codes, Function<String, String> label) {
        return codes == null ? "" : codes.stream().map(label).collect(Collectors.joining(", "));
    }
}
