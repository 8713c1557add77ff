package fr.heurecivique.notification.delivery;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.defaults.kafka.EventJson;
import fr.heurecivique.defaults.outbox.OutboxEvents;
import fr.heurecivique.defaults.web.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private final OutboxEvents events = new OutboxEvents("notification-service", new EventJson(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final Delivery.RetryPolicy policy = new Delivery.RetryPolicy(3, Duration.ofSeconds(30),
            Duration.ofMinutes(1));

    private Delivery sms(Instant allowedAt) {
        return Delivery.toSend("e1", new Recipient("VOLUNTEER", "v1", "+33612345678"), Channel.SMS,
                new Message("t", null, "Bonjour", null), NOW, NOW, allowedAt);
    }

    @Test
    void isDeferredWhenItsChannelIsQuietAndSentLater() {
        Delivery delivery = sms(NOW.plus(Duration.ofHours(9)));
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DEFERRED);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofHours(9)));

        delivery.sent("brevo", NOW.plus(Duration.ofHours(9)));
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(events.serialise(delivery)).singleElement()
                .satisfies(event -> assertThat(event.type()).isEqualTo(EventCatalog.NOTIFICATION_SENT.name()));
    }

    @Test
    void backsOffAfterEachFailureThenGivesUp() {
        Delivery delivery = sms(NOW);
        delivery.attemptFailed("Brevo answered 503", NOW, policy);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        delivery.attemptFailed("Brevo answered 503", NOW, policy);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);

        delivery.attemptFailed("Brevo answered 503", NOW, policy);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.statusReason()).isEqualTo("Brevo answered 503");
        assertThat(events.serialise(delivery)).singleElement()
                .satisfies(event -> assertThat(event.type()).isEqualTo(EventCatalog.NOTIFICATION_FAILED.name()));
    }

    @Test
    void aPostponementIsNotAnAttempt() {
        Delivery delivery = sms(NOW);
        delivery.postpone(NOW.plusSeconds(30), "circuit ouvert");
        assertThat(delivery.attempts()).isZero();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void aRefusedMessageIsGivenUpAtOnceAndOnlyAFailedOneCanBeSentAgain() {
        Delivery delivery = sms(NOW);
        assertThatThrownBy(() -> delivery.resend(NOW)).isInstanceOf(StateConflictException.class);

        delivery.refused("Brevo answered 400", NOW);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.attempts()).isEqualTo(1);

        delivery.resend(NOW);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.attempts()).isZero();
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW);
    }

    @Test
    void aReminderWaitsForItsTimeAndCanBeCancelledBeforeIt() {
        Delivery reminder = Delivery.toSend("e1", new Recipient("VOLUNTEER", "v1", "a@exemple.fr"), Channel.EMAIL,
                new Message("session-reminder", "Rappel", "Demain", "<p>Demain</p>"), NOW, NOW.plusSeconds(3600),
                NOW.plusSeconds(3600));
        assertThat(reminder.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(reminder.nextAttemptAt()).isEqualTo(NOW.plusSeconds(3600));

        reminder.cancel("Annulé : séance changée");
        assertThat(reminder.status()).isEqualTo(DeliveryStatus.SUPPRESSED);
        assertThat(reminder.nextAttemptAt()).isNull();
    }

    @Test
    void forgettingTheRecipientErasesTheAddressAndTheContent() {
        Delivery delivery = sms(NOW);
        delivery.sent("brevo", NOW);
        delivery.forgetRecipient();
        assertThat(delivery.address()).isEqualTo(Delivery.ERASED);
        assertThat(delivery.textBody()).isNull();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void aSuppressedMessageIsNeverSent() {
        Delivery delivery = Delivery.suppressed("e1", new Recipient("VOLUNTEER", "v1", "+33612345678"), Channel.SMS,
                new Message("t", null, "Bonjour", null), "Pas de consentement", NOW);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SUPPRESSED);
        assertThatThrownBy(() -> delivery.sent("brevo", NOW)).isInstanceOf(IllegalStateException.class);
    }
}
