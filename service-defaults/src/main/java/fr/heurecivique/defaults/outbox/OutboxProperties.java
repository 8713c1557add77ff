package fr.heurecivique.defaults.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The outbox relay's settings ({@code heure-civique.outbox.*}).
 *
 * @param enabled       whether this instance relays (several instances may; their claims do not overlap)
 * @param pollInterval  how often to look for pending events when no save signalled any
 * @param leaseDuration how long a claimed document is reserved to one relay before another may take it over
 * @param sendTimeout   how long to wait for Kafka's acknowledgement of one event
 * @param batchSize     documents relayed per collection and round, so that one busy collection cannot starve others
 * @param maxBackoff    longest pause between attempts while Kafka is unreachable
 */
@ConfigurationProperties("heure-civique.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("30s") Duration leaseDuration,
        @DefaultValue("25s") Duration sendTimeout,
        @DefaultValue("100") int batchSize,
        @DefaultValue("10s") Duration maxBackoff) {
}
