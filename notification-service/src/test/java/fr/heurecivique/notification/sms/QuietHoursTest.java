package fr.heurecivique.notification.sms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTest {

    private final QuietHours nights = new QuietHours(LocalTime.of(20, 0), LocalTime.of(8, 0), ZoneId.of("Europe/Paris"));

    @ParameterizedTest
    @CsvSource({
            // winter (UTC+1): 22:00 Paris is 21:00Z, deferred to 08:00 Paris = 07:00Z the next day
            "2026-12-01T21:00:00Z, 2026-12-02T07:00:00Z",
            "2026-12-01T19:00:00Z, 2026-12-02T07:00:00Z",
            "2026-12-02T05:30:00Z, 2026-12-02T07:00:00Z",
            "2026-12-02T07:00:00Z, 2026-12-02T07:00:00Z",
            "2026-12-02T12:00:00Z, 2026-12-02T12:00:00Z",
            "2026-12-02T18:59:59Z, 2026-12-02T18:59:59Z",
            // summer (UTC+2): 20:00 Paris is 18:00Z
            "2026-07-01T18:00:00Z, 2026-07-02T06:00:00Z",
            "2026-07-01T17:59:00Z, 2026-07-01T17:59:00Z",
    })
    void defersToTheEndOfTheNightInParis(Instant now, Instant allowed) {
        assertThat(nights.nextAllowed(now)).isEqualTo(allowed);
    }
}
