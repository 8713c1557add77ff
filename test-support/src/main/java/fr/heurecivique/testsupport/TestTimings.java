package fr.heurecivique.testsupport;

/** Shorter delays for tests: fewer partitions, quick redelivery, a quick outbox poll. */
final class TestTimings {

    static final String[] PROPERTIES = {
            "heure-civique.kafka.partitions=3",
            "heure-civique.kafka.retry.initial-interval=100ms",
            "heure-civique.kafka.retry.max-interval=500ms",
            "heure-civique.kafka.retry.max-retries=2",
            "heure-civique.outbox.poll-interval=200ms",
            "heure-civique.outbox.max-backoff=1s",
            "spring.kafka.consumer.properties.metadata.max.age.ms=1000",
            "heure-civique.links.secret=test-secret-for-signed-links-0123456789",
    };

    private TestTimings() {
    }
}
