package fr.heurecivique.defaults;

import fr.heurecivique.defaults.outbox.OutboxEvents;
import fr.heurecivique.defaults.testapp.ParcelShipped;
import fr.heurecivique.testsupport.MutableClock;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests control the services' time: the one Clock bean is the test's MutableClock. */
@PlatformIntegrationTest
class ClockIT {

    @Autowired
    Clock clock;
    @Autowired
    OutboxEvents events;

    @AfterEach
    void realTime() {
        ((MutableClock) clock).reset();
    }

    @Test
    void theServicesClockIsTheTestsClock() {
        assertThat(clock).isInstanceOf(MutableClock.class);
        ((MutableClock) clock).advance(Duration.ofDays(30));

        Instant stamped = events.create(ParcelShipped.TYPE, "p1", 0, new ParcelShipped("p1", "Saintes")).time();

        assertThat(stamped).isAfter(Instant.now().plus(Duration.ofDays(29)));
    }
}
