package fr.heurecivique.volunteer.rgpd;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * RGPD settings of volunteer-service ({@code heure-civique.rgpd.*}).
 *
 * @param purgeInterval how often the documents of erased volunteers are deleted once their last events are published
 * @param matchingUrl     matching-service's base URL: the volunteer's matches and minutes, for the export
 * @param notificationUrl notification-service's base URL: the messages sent to them
 * @param identityUrl     identity-service's base URL: their account (none where Keycloak is the provider: that part
 *                        of the export is then named as missing)
 * @param exportTimeout   how long the export waits for each of them before saying that part is missing
 */
@ConfigurationProperties("heure-civique.rgpd")
public record RgpdProperties(@DefaultValue("1m") Duration purgeInterval,
        @DefaultValue("http://localhost:8083") String matchingUrl,
        @DefaultValue("http://localhost:8084") String notificationUrl,
        String identityUrl,
        @DefaultValue("5s") Duration exportTimeout) {
}
