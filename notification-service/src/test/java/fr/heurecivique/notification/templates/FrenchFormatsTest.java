package fr.heurecivique.notification.templates;

import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchFormatsTest {

    @Test
    void writesTimesOneWay() {
        assertThat(FrenchFormats.time(LocalTime.of(10, 30))).isEqualTo("10 h 30");
        assertThat(FrenchFormats.time(LocalTime.of(9, 5))).isEqualTo("9 h 05");
        assertThat(FrenchFormats.time(LocalTime.of(18, 0))).isEqualTo("18 h");
        ZonedDateTime at = ZonedDateTime.of(2026, 12, 8, 18, 30, 0, 0, FrenchFormats.PARIS);
        assertThat(FrenchFormats.dateTime(at.toInstant())).isEqualTo("mardi 8 décembre 2026 à 18 h 30");
        assertThat(FrenchFormats.shortDateTime(at.toInstant())).isEqualTo("08/12 à 18 h 30");
    }

    @Test
    void writesDurationsAndHoursInWords() {
        assertThat(FrenchFormats.duration(315)).isEqualTo("5 h 15");
        assertThat(FrenchFormats.duration(45)).isEqualTo("45 min");
        assertThat(FrenchFormats.duration(120)).isEqualTo("2 h");
        assertThat(FrenchFormats.hours(1)).isEqualTo("1 heure");
        assertThat(FrenchFormats.hours(3)).isEqualTo("3 heures");
    }

    @Test
    void writesPhoneNumbersAsPeopleDo() {
        assertThat(FrenchFormats.phone("+33546515151")).isEqualTo("05 46 51 51 51");
        assertThat(FrenchFormats.phone("0612345678")).isEqualTo("06 12 34 56 78");
        assertThat(FrenchFormats.phone("06.12.34.56.78")).isEqualTo("06 12 34 56 78");
        assertThat(FrenchFormats.phone("+32470123456")).isEqualTo("+32470123456");
        assertThat(FrenchFormats.phone(null)).isNull();
    }
}
