package fr.heurecivique.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * The web client's settings ({@code heure-civique.site.*}).
 *
 * @param gatewayUrl     where web calls the API: the gateway ({@code GATEWAY_URL}), never a service directly
 * @param connectTimeout how long a connection to the gateway may take
 * @param readTimeout    how long an API answer may take before the page says the service is unavailable
 */
@ConfigurationProperties("heure-civique.site")
public record SiteProperties(@DefaultValue("http://localhost:8080") URI gatewayUrl,
        @DefaultValue("2s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout) {
}
