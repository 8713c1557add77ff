package fr.heurecivique.notification.matches;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How notification-service reaches commune-service's internal API ({@code heure-civique.notifications.commune-service.*})
 * for the contacts it never stores: a beneficiary's, an association's. It authenticates with its own service token
 * ({@code ServiceClients}).
 *
 * @param url     commune-service's base URL
 * @param timeout connect and read timeout of one call
 */
@ConfigurationProperties("heure-civique.notifications.commune-service")
public record CommuneServiceProperties(
        @DefaultValue("http://localhost:8082") String url,
        @DefaultValue("5s") Duration timeout) {
}
