package fr.heurecivique.defaults.links;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The links in emails and SMS ({@code heure-civique.links.*}).
 *
 * @param secret  the HMAC secret shared by the services that sign and act on links (at least 32 characters;
 *                {@code HEURE_CIVIQUE_LINKS_SECRET}); without it, no link can be signed
 * @param baseUrl the platform's public address, where links point (the gateway)
 */
@ConfigurationProperties("heure-civique.links")
public record LinksProperties(String secret, @DefaultValue("http://localhost:8080") String baseUrl) {
}
