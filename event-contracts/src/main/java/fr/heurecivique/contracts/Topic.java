package fr.heurecivique.contracts;

/**
 * A Kafka topic of the platform: one per aggregate, keyed by the aggregate id.
 *
 * @param name      the topic name
 * @param compacted whether the topic is log-compacted (it then keeps the latest event per key)
 */
public record Topic(String name, boolean compacted) {

    /** Spring Kafka's default dead-letter topic name for this topic. */
    public String deadLetterName() {
        return name + "-dlt";
    }
}
