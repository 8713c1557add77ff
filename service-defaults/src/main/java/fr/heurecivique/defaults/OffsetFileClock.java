package fr.heurecivique.defaults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The real time shifted by an offset read from a file (an ISO-8601 duration, e.g. {@code P7DT2H}; missing or empty:
 * no shift) — so that the system tests move the time of every service of a running platform at once, as the
 * services' own tests do with {@code MutableClock}: a mission recorded once it has started, a weekly need's four
 * dates. Only ever used when {@code heure-civique.clock.offset-file} is set, which no deployment does.
 */
final class OffsetFileClock extends Clock {

    private final Path file;

    OffsetFileClock(Path file) {
        this.file = file;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset());
    }

    Duration offset() {
        try {
            String text = Files.readString(file).strip();
            return text.isEmpty() ? Duration.ZERO : Duration.parse(text);
        } catch (IOException | DateTimeParseException noShift) {
            return Duration.ZERO;
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The services' clock is UTC; convert at the edges");
    }
}
