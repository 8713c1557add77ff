package fr.heurecivique.notification;

import fr.heurecivique.localstack.infra.EmbeddedSmtp;
import fr.heurecivique.testsupport.EmbeddedInfrastructure;
import fr.heurecivique.testsupport.MutableClock;
import fr.heurecivique.testsupport.ServiceScenarios;
import fr.heurecivique.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

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
        "heure-civique.sms.guard.open-duration=1s",
        "heure-civique.security.client.id=" + CommuneServiceStub.CLIENT_ID,
        "heure-civique.security.client.secret=" + CommuneServiceStub.CLIENT_SECRET,
        // The monthly nudge runs when a test calls it, not when another test's clock passes the day.
        "heure-civique.notifications.nudge.enabled=false" })
public abstract class NotificationScenarios extends ServiceScenarios {

    protected static final SmsProviderStub SMS_PROVIDER = SmsProviderStub.get();
    protected static final CommuneServiceStub COMMUNE_SERVICE = CommuneServiceStub.get();
    protected static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    protected final EmbeddedSmtp smtp = EmbeddedInfrastructure.smtp();

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
        registry.add("heure-civique.notifications.commune-service.url", COMMUNE_SERVICE::url);
        registry.add("heure-civique.security.client.token-uri", COMMUNE_SERVICE::tokenUri);
    }

    protected List<EmbeddedSmtp.CapturedMail> mailsTo(String address) {
        return smtp.messages().stream().filter(mail -> mail.to().equalsIgnoreCase(address)).toList();
    }

    /** The delivery log for a query like {@code recipient=…&status=…} (values are URL-encoded here: a phone has a +). */
    protected List<JsonNode> deliveryLog(String query) {
        StringBuilder template = new StringBuilder("/api/notifications?");
        List<String> values = new ArrayList<>();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            template.append(values.isEmpty() ? "" : "&").append(parts[0]).append("={v").append(values.size()).append("}");
            values.add(parts[1]);
        }
        String body = client.get().uri(template.toString(), values.toArray()).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return elements(json(body).get("items").toString());
    }
}
