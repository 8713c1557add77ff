package fr.heurecivique.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Reads a topic from its current end, in the background, and keeps what arrives, so that a test can assert on the
 * events its actions published. Uses partition assignment (no consumer group), so it sees every partition at once
 * and from the moment it is created.
 */
public final class EventProbe implements AutoCloseable {

    private final List<CapturedRecord> records = new CopyOnWriteArrayList<>();
    private final Map<TopicPartition, Long> positions = new java.util.concurrent.ConcurrentHashMap<>();
    private final String bootstrapServers;
    private final List<TopicPartition> partitions;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread poller;
    private volatile boolean running = true;

    private EventProbe(String bootstrapServers, String topic, boolean fromBeginning) {
        this.bootstrapServers = bootstrapServers;
        consumer = newConsumer(bootstrapServers);
        partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        if (partitions.isEmpty()) {
            throw new IllegalStateException("Topic " + topic + " does not exist");
        }
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        // Resolve the positions now, before the test acts.
        partitions.forEach(partition -> positions.put(partition, consumer.position(partition)));
        poller = new Thread(this::poll, "event-probe-" + topic);
        poller.setDaemon(true);
        poller.start();
    }

    /** Captures what is published to {@code topic} from now on. */
    public static EventProbe fromNow(String bootstrapServers, String topic) {
        return new EventProbe(bootstrapServers, topic, false);
    }

    /** Captures everything the topic holds and what is published next. */
    public static EventProbe fromBeginning(String bootstrapServers, String topic) {
        return new EventProbe(bootstrapServers, topic, true);
    }

    private void poll() {
        while (running) {
            try {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    Map<String, String> headers = new LinkedHashMap<>();
                    record.headers().forEach(header -> headers.put(header.key(),
                            header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8)));
                    records.add(new CapturedRecord(record.topic(), record.partition(), record.offset(), record.key(),
                            headers, record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8)));
                }
                partitions.forEach(partition -> positions.put(partition, consumer.position(partition)));
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                return;
            }
        }
    }

    private static KafkaConsumer<String, byte[]> newConsumer(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * Waits until the probe has read everything the topic holds now, so that a test can assert that something
     * was <em>not</em> published (or published only once) without sleeping.
     */
    public void awaitCaughtUp() {
        Map<TopicPartition, Long> ends;
        try (KafkaConsumer<String, byte[]> offsets = newConsumer(bootstrapServers)) {
            ends = offsets.endOffsets(partitions, Duration.ofSeconds(10));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> ends.entrySet().stream()
                        .allMatch(end -> positions.getOrDefault(end.getKey(), 0L) >= end.getValue()));
    }

    public List<CapturedRecord> records() {
        return new ArrayList<>(records);
    }

    /** Waits (up to 30 s) for a record that matches, and returns it. */
    public CapturedRecord await(Predicate<CapturedRecord> matching) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> records.stream().filter(matching).findFirst(), java.util.Optional::isPresent).get();
    }

    /** Waits for an event of {@code type} whose key is {@code key}. */
    public CapturedRecord await(String type, String key) {
        return await(record -> type.equals(record.type()) && key.equals(record.key()));
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close(Duration.ofSeconds(2));
    }
}
