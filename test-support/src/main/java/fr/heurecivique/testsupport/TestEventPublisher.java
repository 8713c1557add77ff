package fr.heurecivique.testsupport;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.heurecivique.contracts.CloudEventHeaders;
import fr.heurecivique.contracts.EventType;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes events to Kafka as another service would (CloudEvents headers, JSON data), or raw records (poison
 * messages, redeliveries), for consumers' tests.
 */
public final class TestEventPublisher implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private final KafkaProducer<String, byte[]> producer;

    public TestEventPublisher(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes an event with a new id; returns the id. */
    public <T> String publish(EventType<T> type, String key, long aggregateVersion, T data) {
        String eventId = UUID.randomUUID().toString();
        publish(type, eventId, key, aggregateVersion, data);
        return eventId;
    }

    /** Publishes an event with the given id (publishing twice with one id is a redelivery). */
    public <T> void publish(EventType<T> type, String eventId, String key, long aggregateVersion, T data) {
        send(type.topic().name(), key, cloudEventHeaders(type.name(), eventId, key, aggregateVersion),
                JSON.writeValueAsBytes(data));
    }

    /** The CloudEvents headers a producing service sets. */
    public static Map<String, String> cloudEventHeaders(String type, String eventId, String subject,
            long aggregateVersion) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        headers.put(CloudEventHeaders.ID, eventId);
        headers.put(CloudEventHeaders.TYPE, type);
        headers.put(CloudEventHeaders.SOURCE, "/heure-civique/test");
        headers.put(CloudEventHeaders.SUBJECT, subject);
        headers.put(CloudEventHeaders.TIME, Instant.now().toString());
        headers.put(CloudEventHeaders.AGGREGATE_VERSION, String.valueOf(aggregateVersion));
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON_CONTENT_TYPE);
        return headers;
    }

    /** Publishes a raw record and waits for the broker's acknowledgement. */
    public void send(String topic, String key, Map<String, String> headers, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, header) -> record.headers().add(new RecordHeader(name,
                header.getBytes(StandardCharsets.UTF_8))));
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
