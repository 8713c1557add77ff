package fr.heurecivique.defaults.kafka;

import fr.heurecivique.contracts.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Publishes records that could not be handled to {@code <topic>-dlt}, same partition, keeping their original
 * bytes when they could not even be deserialised. Its producer is private to it so that it does not take the
 * place of the application's {@code KafkaTemplate}.
 */
public final class DeadLetterPublisher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);

    private final DefaultKafkaProducerFactory<String, Object> producerFactory;
    private final DeadLetterPublishingRecoverer recoverer;

    DeadLetterPublisher(Map<String, Object> producerProperties, EventJson json) {
        Serializer<Object> values = (topic, value) -> {
            if (value == null || value instanceof byte[]) {
                return (byte[]) value;
            }
            String text = value instanceof String string ? string : json.write(value);
            return text.getBytes(StandardCharsets.UTF_8);
        };
        this.producerFactory = new DefaultKafkaProducerFactory<>(producerProperties, new StringSerializer(), values);
        this.recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(producerFactory));
    }

    /** Publishes the record to its dead-letter topic, saying so in the log (position and failure, never the data). */
    ConsumerRecordRecoverer recoverer() {
        return (record, failure) -> {
            Throwable cause = failure.getCause() != null && failure instanceof ListenerExecutionFailedException
                    ? failure.getCause() : failure;
            // Only our own messages are logged: others (database, parser) may quote the record's personal data.
            log.error("Giving up on record {}-{}@{} ({} {}): {}{}; sending it to {}-dlt", record.topic(),
                    record.partition(), record.offset(), CloudEventHeaders.TYPE, header(record, CloudEventHeaders.TYPE),
                    cause.getClass().getName(), cause instanceof InvalidEventException ? ": " + cause.getMessage() : "",
                    record.topic());
            recoverer.accept(record, failure);
        };
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? "none" : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void destroy() {
        producerFactory.destroy();
    }
}
