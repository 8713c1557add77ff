package fr.heurecivique.defaults.inbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of idempotent consumption ({@code heure-civique.inbox.*}).
 *
 * @param retention how long the ids of applied events are remembered (TTL index, enforced by a real MongoDB);
 *                  longer than any redelivery, and replays from the start rely on the handlers' own idempotence
 */
@ConfigurationProperties("heure-civique.inbox")
public record InboxProperties(@DefaultValue("30d") Duration retention) {
}
