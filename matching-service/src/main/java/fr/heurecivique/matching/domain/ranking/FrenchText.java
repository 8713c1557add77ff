package fr.heurecivique.matching.domain.ranking;

import java.util.Locale;

/** Figures as a French reader expects them. */
public final class FrenchText {

    private FrenchText() {
    }

    /** "0 h", "45 min", "1 h", "2 h 30". */
    public static String duration(int minutes) {
        if (minutes == 0) {
            return "0 h";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        int hours = minutes / 60;
        int rest = minutes % 60;
        return rest == 0 ? hours + " h" : hours + " h " + (rest < 10 ? "0" : "") + rest;
    }

    /** "3,2 km", "12 km". */
    public static String kilometres(double km) {
        return km < 10 ? String.format(Locale.FRANCE, "%.1f km", km) : String.format(Locale.FRANCE, "%.0f km", km);
    }
}
