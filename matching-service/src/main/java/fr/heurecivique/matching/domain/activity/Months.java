package fr.heurecivique.matching.domain.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/** Months as the scheme counts them: calendar months of the département's time zone, keyed {@code yyyy * 100 + mm}. */
public final class Months {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private Months() {
    }

    public static int keyOf(Instant instant) {
        return keyOf(YearMonth.from(instant.atZone(ZONE)));
    }

    public static int keyOf(LocalDate date) {
        return date.getYear() * 100 + date.getMonthValue();
    }

    public static int keyOf(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    public static YearMonth monthOf(int key) {
        return YearMonth.of(key / 100, key % 100);
    }

    /** "2026-09". */
    public static String label(int key) {
        return monthOf(key).toString();
    }
}
