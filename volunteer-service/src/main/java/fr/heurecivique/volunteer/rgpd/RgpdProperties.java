package fr.heurecivique.volunteer.rgpd;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * RGPD settings of volunteer-service ({@code heure-civique.rgpd.*}).
 *
 * @param purgeInterval how often the documents of erased volunteers are deleted once their last events are published
 */
@ConfigurationProperties("heure-civique.rgpd")
public record RgpdProperties(@DefaultValue("1m") Duration purgeInterval) {
}
