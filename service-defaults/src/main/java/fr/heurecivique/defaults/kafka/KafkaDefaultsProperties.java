package fr.heurecivique.defaults.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * The platform's Kafka settings ({@code heure-civique.kafka.*}).
 *
 * @param topics              names of the topics this service publishes to or consumes from; each is declared
 *                            (created if missing) with its dead-letter topic
 * @param partitions          partitions per topic (and per dead-letter topic, which must match)
 * @param replicationFactor   replicas per partition (1 on the embedded broker, 3 on a production cluster)
 * @param deadLetterRetention how long dead letters are kept for an operator to inspect and replay
 * @param retry               redelivery of a record whose handling failed, before it goes to the dead-letter topic
 */
@ConfigurationProperties("heure-civique.kafka")
public record KafkaDefaultsProperties(
        @DefaultValue List<String> topics,
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("30d") Duration deadLetterRetention,
        @DefaultValue Retry retry) {

    /**
     * @param initialInterval first back-off
     * @param multiplier      growth of the back-off
     * @param maxInterval     longest back-off
     * @param maxRetries      redeliveries after the first failure
     */
    public record Retry(
            @DefaultValue("500ms") Duration initialInterval,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("30s") Duration maxInterval,
            @DefaultValue("6") int maxRetries) {
    }
}
