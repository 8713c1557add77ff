package fr.heurecivique.volunteer.sessions;

import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.defaults.web.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VideoSessionTest {

    private static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");

    @Test
    void neverTakesMoreBookingsThanItsCapacityAndGivesSeatsBack() {
        VideoSession session = VideoSession.publish(null, NOW.plus(Duration.ofDays(1)), 60, "https://v.fr/x", 2, NOW);
        session.reserveSeat("a", NOW);
        session.reserveSeat("b", NOW);
        session.reserveSeat("a", NOW);
        assertThat(session.seatsLeft()).isZero();
        assertThatThrownBy(() -> session.reserveSeat("c", NOW)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("complète");
        assertThat(session.releaseSeat("a")).isTrue();
        session.reserveSeat("c", NOW);
        assertThat(session.bookings()).containsExactly("b", "c");
    }

    @Test
    void cannotBeBookedOnceStartedNorPublishedInThePast() {
        VideoSession session = VideoSession.publish(null, NOW.plus(Duration.ofHours(1)), 60, "https://v.fr/x", 5, NOW);
        assertThatThrownBy(() -> session.reserveSeat("a", NOW.plus(Duration.ofHours(1))))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("passée");
        assertThatThrownBy(() -> VideoSession.publish(null, NOW, 60, "https://v.fr/x", 5, NOW))
                .isInstanceOf(InvalidFieldsException.class);
    }
}
