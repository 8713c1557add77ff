package fr.heurecivique.notification;

import fr.heurecivique.testsupport.MutableClock;
import fr.heurecivique.testsupport.ServiceScenarios;
import fr.heurecivique.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Base of notification-service's scenarios: one Spring context for all of them, with the SMS channel on Brevo's
 * API served by {@link SmsProviderStub}, the real SMTP server of the test infrastructure, and short delays.
 */
@TestPropertySource(properties = {
        "heure-civique.notifications.initial-backoff=500ms",
        "heure-civique.notifications.poll-interval=200ms",
        "heure-civique.notifications.email.retry-wait=50ms",
        "heure-civique.notifications.email.open-duration=1s",
        "heure-civique.sms.provider=brevo",
        "heure-civique.sms.brevo.api-key=test-key",
        "heure-civique.sms.guard.retry-attempts=2",
        "heure-civique.sms.guard.retry-wait=50ms",
        "heure-civique.sms.guard.sliding-window-size=4",
        "heure-civique.sms.guard.minimum-calls=2",
        "heure-civique.sms.guard.open-duration=1s" })
public abstract class NotificationScenarios extends ServiceScenarios {

    protected static final SmsProviderStub SMS_PROVIDER = SmsProviderStub.get();
    protected static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    protected Clock clock;

    /** The delivery log is read by coordinators. */
    @Override
    protected String defaultToken() {
        return TestTokens.coordinator();
    }

    /** Moves the services' clock forward to the next {@code time} in Paris (SMS depend on the hour). */
    protected void moveTo(LocalTime time) {
        ZonedDateTime now = clock.instant().atZone(PARIS);
        ZonedDateTime next = now.with(time);
        ((MutableClock) clock).advance(Duration.between(now, next.isAfter(now) ? next : next.plusDays(1)));
    }

    @AfterEach
    void realTime() {
        ((MutableClock) clock).reset();
    }

    @DynamicPropertySource
    static void smsProvider(DynamicPropertyRegistry registry) {
        registry.add("heure-civique.sms.brevo.base-url", SMS_PROVIDER::url);
    }
}
