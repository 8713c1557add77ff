package fr.heurecivique.matching.domain.catalogue;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's codes as the engine handles them: kinds of help, modes and weekly slots as bits, so that a hard
 * rule is a bitwise test; and their French labels for the reasons a referent reads. Unknown codes (a newer producer)
 * have no bit: a volunteer's unknown kind is ignored, a need of an unknown kind finds nobody.
 */
public final class Catalogue {

    /** The one catalogue of kinds of help, in bit order. */
    public static final List<String> KINDS = List.of("VISITS", "SHOPPING", "LIFTS", "DIGITAL", "PAPERWORK", "DIY",
            "GARDENING", "EVENTS", "ANIMALS", "OTHER");
    public static final List<String> MODES = List.of("ORGANISED", "INDIVIDUAL");
    public static final List<String> PERIODS = List.of("MORNING", "AFTERNOON", "EVENING");

    /**
     * The hours of each period of the day, in minutes since midnight, local time: morning 8–12 h, afternoon
     * 12–18 h, evening 18–22 h.
     */
    public static final int[][] PERIOD_MINUTES = { { 8 * 60, 12 * 60 }, { 12 * 60, 18 * 60 }, { 18 * 60, 22 * 60 } };

    private static final Map<String, String> KIND_LABELS = Map.of("VISITS", "compagnie et visites", "SHOPPING",
            "courses et commissions", "LIFTS", "transport accompagné", "DIGITAL", "aide numérique", "PAPERWORK",
            "démarches administratives", "DIY", "petit bricolage", "GARDENING", "jardinage", "EVENTS",
            "aide aux événements", "ANIMALS", "soin des animaux", "OTHER", "autre aide");
    private static final List<String> DAY_LABELS = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi",
            "samedi", "dimanche");
    private static final List<String> PERIOD_LABELS = List.of("matin", "après-midi", "soir");

    private Catalogue() {
    }

    /** The index of a kind of help, or -1 when unknown. */
    public static int kindIndex(String kind) {
        return kind == null ? -1 : KINDS.indexOf(kind);
    }

    /** The index of a mode, or -1 when unknown. */
    public static int modeIndex(String mode) {
        return mode == null ? -1 : MODES.indexOf(mode);
    }

    public static int kindBits(Collection<String> kinds) {
        return bits(kinds, KINDS);
    }

    public static int modeBits(Collection<String> modes) {
        return bits(modes, MODES);
    }

    /** The bit of a weekly slot: {@code day * 3 + period}, day 0 = Monday. */
    public static int slotBit(DayOfWeek day, int period) {
        return 1 << (day.ordinal() * 3 + period);
    }

    /** The bits of weekly slots given as day and period codes; unknown codes are ignored. */
    public static int slotBits(Collection<String[]> daysAndPeriods) {
        int bits = 0;
        for (String[] slot : daysAndPeriods) {
            DayOfWeek day = dayOf(slot[0]);
            int period = PERIODS.indexOf(slot[1]);
            if (day != null && period >= 0) {
                bits |= slotBit(day, period);
            }
        }
        return bits;
    }

    public static DayOfWeek dayOf(String code) {
        try {
            return code == null ? null : DayOfWeek.valueOf(code);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public static String kindLabel(String kind) {
        return KIND_LABELS.getOrDefault(kind, kind == null ? "" : kind.toLowerCase(Locale.FRANCE));
    }

    public static String dayLabel(DayOfWeek day) {
        return DAY_LABELS.get(day.ordinal());
    }

    /** "jeudi matin, jeudi après-midi" for the slots set in {@code bits}, in week order. */
    public static String slotsLabel(int bits) {
        StringBuilder label = new StringBuilder();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int period = 0; period < 3; period++) {
                if ((bits & slotBit(day, period)) != 0) {
                    if (!label.isEmpty()) {
                        label.append(", ");
                    }
                    label.append(DAY_LABELS.get(day.ordinal())).append(' ').append(PERIOD_LABELS.get(period));
                }
            }
        }
        return label.toString();
    }

    private static int bits(Collection<String> codes, List<String> catalogue) {
        int bits = 0;
        if (codes != null) {
            for (String code : codes) {
                int index = catalogue.indexOf(code);
                if (index >= 0) {
                    bits |= 1 << index;
                }
            }
        }
        return bits;
    }
}
