package fr.heurecivique.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of every service under test ({@link PlatformIntegrationTest}, {@link ContainersIntegrationTest}): the
 * real time, shifted by an offset that a test may move forward to make a delay pass (a proposal expiring, a
 * retention period ending) without waiting. A test that moves it calls {@link #reset()} when done.
 */
public final class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves time forward by {@code duration} for every component of the service. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Time only moves forward");
        }
        offset = offset.plus(duration);
    }

    /** Back to the real time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
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
