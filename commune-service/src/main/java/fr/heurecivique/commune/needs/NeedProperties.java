package fr.heurecivique.commune.needs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduling of needs ({@code heure-civique.needs.*}).
 *
 * @param expiryCron when open needs whose date passed are expired (Spring cron, in the département's time zone);
 *                   {@code -} disables it (tests run it themselves)
 */
@ConfigurationProperties("heure-civique.needs")
public record NeedProperties(@DefaultValue("0 */10 * * * *") String expiryCron) {
}
