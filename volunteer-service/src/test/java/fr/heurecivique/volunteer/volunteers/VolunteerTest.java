package fr.heurecivique.volunteer.volunteers;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.vocabulary.DayPeriod;
import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import fr.heurecivique.defaults.kafka.EventJson;
import fr.heurecivique.defaults.outbox.OutboxEvent;
import fr.heurecivique.defaults.outbox.OutboxEvents;
import fr.heurecivique.defaults.web.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a volunteer's journey, without Spring. */
class VolunteerTest {

    private static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");
    private final OutboxEvents events = new OutboxEvents("volunteer-service", new EventJson(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final SessionSlot session = new SessionSlot("s1", NOW.plus(Duration.ofDays(1)), 60,
            "https://visio.exemple.fr/p");
    private final Perimeter perimeter = new Perimeter(Set.of(Mode.INDIVIDUAL), 5, Set.of(KindOfHelp.SHOPPING),
            Set.of(new WeeklySlot(DayOfWeek.MONDAY, DayPeriod.MORNING)), 1);

    @Test
    void goesThroughOnboardingToActiveRecordingOneEventPerStepWithTheNextVersion() {
        Volunteer volunteer = registered();
        volunteer.bookSession(session, NOW);
        volunteer.markAttended(session, session.startsAt().plusSeconds(60));
        volunteer.scheduleInterview(NOW.plus(Duration.ofDays(3)), NOW);
        volunteer.recordInterview(perimeter, NOW);
        volunteer.pause(NOW);
        volunteer.resume(NOW);

        assertThat(volunteer.status()).isEqualTo(VolunteerStatus.ACTIVE);
        assertThat(volunteer.onboarding().step()).isEqualTo(OnboardingStep.COMPLETED);
        assertThat(events.serialise(volunteer)).extracting(OutboxEvent::type).containsExactly(
                EventCatalog.VOLUNTEER_REGISTERED.name(), EventCatalog.VOLUNTEER_SESSION_BOOKED.name(),
                EventCatalog.VOLUNTEER_SESSION_ATTENDED.name(), EventCatalog.VOLUNTEER_INTERVIEW_SCHEDULED.name(),
                EventCatalog.VOLUNTEER_INTERVIEWED.name(), EventCatalog.VOLUNTEER_PAUSED.name(),
                EventCatalog.VOLUNTEER_RESUMED.name());
        assertThat(events.serialise(volunteer).get(4).data()).contains("\"status\":\"ACTIVE\"", "\"SHOPPING\"");
        assertThat(volunteer.history()).extracting(Milestone::what).startsWith("REGISTERED", "SESSION_BOOKED");
    }

    @Test
    void refusesIllegalTransitions() {
        Volunteer volunteer = registered();
        assertThatThrownBy(() -> volunteer.pause(NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> volunteer.resume(NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> volunteer.recordInterview(perimeter, NOW))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("séance de présentation");
        assertThatThrownBy(() -> volunteer.markAttended(session, NOW))
                .isInstanceOf(StateConflictException.class);
        volunteer.bookSession(session, NOW);
        assertThatThrownBy(() -> volunteer.markAttended(session, NOW))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("pas encore commencé");
        volunteer.withdraw(NOW);
        assertThatThrownBy(() -> volunteer.withdraw(NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> volunteer.bookSession(session, NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void rebookingMovesTheBookingAndBookingTheSameSessionAgainChangesNothing() {
        Volunteer volunteer = registered();
        assertThat(volunteer.bookSession(session, NOW)).isEmpty();
        assertThat(volunteer.bookSession(session, NOW)).isEmpty();
        SessionSlot other = new SessionSlot("s2", NOW.plus(Duration.ofDays(7)), 60, "https://visio.exemple.fr/q");
        assertThat(volunteer.bookSession(other, NOW)).contains("s1");
        assertThat(volunteer.onboarding().sessionId()).isEqualTo("s2");
        assertThat(events.serialise(volunteer)).hasSize(3);
    }

    @Test
    void publishesAnUpdateOnlyWhenTheSharedStateChangesAndNamesTheFields() {
        Volunteer volunteer = registered();
        assertThat(volunteer.update(new ProfileChange(null, null, null, null, null,
                new PostalAddress("1 rue Haute", null, "17000", "La Rochelle"), false, 1970, false, null, null),
                NOW)).isEmpty();
        assertThat(events.serialise(volunteer)).hasSize(1);
        assertThat(volunteer.update(new ProfileChange(null, null, null, null, "17299", null, false, null, false,
                null, null), NOW)).containsExactly("communeInsee", "latitude", "longitude");
        assertThat(events.serialise(volunteer)).hasSize(2);
        assertThatThrownBy(() -> volunteer.update(new ProfileChange(null, null, null, null, null, null, false, null,
                false, null, perimeter), NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void erasureKeepsNothingPersonalAndRecordsTheErasureThenATombstone() {
        Volunteer volunteer = registered();
        volunteer.bookSession(session, NOW);
        assertThat(volunteer.erase(NOW)).contains("s1");

        assertThat(volunteer.isErased()).isTrue();
        assertThat(volunteer.firstName()).isNull();
        assertThat(volunteer.lastName()).isNull();
        assertThat(volunteer.email()).isNull();
        assertThat(volunteer.phone()).isNull();
        assertThat(volunteer.communeInsee()).isNull();
        assertThat(volunteer.postalAddress()).isNull();
        assertThat(volunteer.birthYear()).isNull();
        assertThat(volunteer.consents()).isNull();
        assertThat(volunteer.history()).isEmpty();
        OutboxEvent erased = events.serialise(volunteer).get(2);
        OutboxEvent tombstone = events.serialise(volunteer).get(3);
        assertThat(erased.type()).isEqualTo(EventCatalog.VOLUNTEER_ERASED.name());
        assertThat(erased.data()).doesNotContain("Claire", "Martin", "exemple.fr");
        assertThat(tombstone.data()).isNull();
        assertThat(tombstone.type()).isNull();
        assertThat(tombstone.key()).isEqualTo(volunteer.id());
        assertThat(tombstone.eventId()).isNotEqualTo(erased.eventId());
    }

    @Test
    void aPerimeterNeedsModesKindsAndSlotsWithinBounds() {
        assertThatThrownBy(() -> new Perimeter(Set.of(), 5, Set.of(KindOfHelp.DIY), perimeter.availability(), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Perimeter(perimeter.modes(), 0, perimeter.kindsOfHelp(), perimeter.availability(), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Perimeter(perimeter.modes(), 5, perimeter.kindsOfHelp(), perimeter.availability(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Volunteer registered() {
        return Volunteer.register(new VolunteerDetails("Claire", "Martin", "claire.martin@exemple.fr", "+33612345678",
                "17300", null, null, null, "MUTUALIA", new Consents(true, true, true, true)), NOW);
    }
}
