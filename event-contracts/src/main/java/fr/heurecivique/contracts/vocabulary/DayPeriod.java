package fr.heurecivique.contracts.vocabulary;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The parts of the day of a weekly availability (a day code is a {@link DayOfWeek} name, {@code MONDAY}…), with the
 * French words for them: "jeudi matin".
 */
public enum DayPeriod {
    MORNING("matin"),
    AFTERNOON("après-midi"),
    EVENING("soir");

    /** The codes, in the day's order. */
    public static final List<String> CODES = Arrays.stream(values()).map(Enum::name).toList();
    private static final List<String> DAYS = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche");

    private final String label;

    DayPeriod(String label) {
        this.label = label;
    }

    /** "après-midi". */
    public String label() {
        return label;
    }

    public static Optional<DayPeriod> of(String code) {
        return Arrays.stream(values()).filter(period -> period.name().equals(code)).findFirst();
    }

    /** "jeudi". */
    public static String dayLabel(DayOfWeek day) {
        return DAYS.get(day.ordinal());
    }

    /** The French name of a day code ({@code THURSDAY} → "jeudi"); an unknown code shows as itself. */
    public static String dayLabel(String code) {
        return Arrays.stream(DayOfWeek.values()).filter(day -> day.name().equals(code)).findFirst()
                .map(DayPeriod::dayLabel).orElse(String.valueOf(code));
    }

    /** The French words of a period code; an unknown code shows as itself. */
    public static String labelOf(String code) {
        return of(code).map(DayPeriod::label).orElse(code);
    }

    /** "jeudi matin" for a day and a period code. */
    public static String slotLabel(String day, String period) {
        return dayLabel(day) + " " + labelOf(period);
    }
}
