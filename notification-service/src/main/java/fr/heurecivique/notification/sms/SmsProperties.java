package fr.heurecivique.notification.sms;

import fr.heurecivique.notification.delivery.GuardSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * SMS settings ({@code heure-civique.sms.*}).
 *
 * @param provider   {@code log} (the embedded default: recorded, not sent) or {@code brevo}
 * @param sender     the sender name shown on phones (at most 11 letters or digits)
 * @param brevo      the Brevo account, when {@code provider=brevo}
 * @param quietHours when no SMS is sent (deferred to the end of it)
 * @param guard      resilience around the provider
 */
@ConfigurationProperties("heure-civique.sms")
public record SmsProperties(
        @DefaultValue("log") String provider,
        @DefaultValue("HCivique17") String sender,
        @DefaultValue Brevo brevo,
        @DefaultValue Quiet quietHours,
        @DefaultValue GuardSettings guard) {

    /**
     * @param baseUrl the API's address
     * @param apiKey  the account's API key (from the environment: {@code HEURE_CIVIQUE_SMS_BREVO_API_KEY})
     * @param timeout connect and read timeout of a call
     */
    public record Brevo(@DefaultValue("https://api.brevo.com") String baseUrl, String apiKey,
            @DefaultValue("10s") Duration timeout) {
    }

    public record Quiet(@DefaultValue("20:00") LocalTime start, @DefaultValue("08:00") LocalTime end,
            @DefaultValue("Europe/Paris") ZoneId zone) {

        QuietHours toQuietHours() {
            return new QuietHours(start, end, zone);
        }
    }
}
