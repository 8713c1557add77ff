package fr.heurecivique.defaults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The system tests' clock: the real time shifted by what the file says, and by nothing when it says nothing. */
class OffsetFileClockTest {

    @Test
    void followsTheOffsetInTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("clock-offset");
        OffsetFileClock clock = new OffsetFileClock(file);
        assertThat(clock.offset()).isZero();

        Files.writeString(file, "P7DT2H\n");
        assertThat(clock.instant()).isAfter(Instant.now().plus(Duration.ofDays(7)).plus(Duration.ofMinutes(119)));

        Files.writeString(file, "not a duration");
        assertThat(clock.offset()).isZero();
    }
}
