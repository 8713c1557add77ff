package fr.heurecivique.defaults.kafka;

import fr.heurecivique.contracts.Topic;
import fr.heurecivique.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;

import java.util.ArrayList;
import java.util.List;

/**
 * The event backbone's consumer and topic defaults: failed records are redelivered with exponential back-off,
 * then published to {@code <topic>-dlt}; records that can never be handled go there at once. Topics are declared
 * by the services themselves with their dead-letter topics.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(KafkaDefaultsProperties.class)
public class KafkaDefaultsAutoConfiguration {

    static {
        // Spring Kafka logs records it gives up on; never let their keys or values (personal data) reach the logs.
        KafkaUtils.setConsumerRecordFormatter(record -> record.topic() + "-" + record.partition() + "@"
                + record.offset());
        KafkaUtils.setProducerRecordFormatter(record -> record.topic() + "-" + record.partition());
    }

    @Bean
    @ConditionalOnMissingBean
    EventJson eventJson() {
        return new EventJson();
    }

    @Bean
    @ConditionalOnBean(KafkaProperties.class)
    DeadLetterPublisher deadLetterPublisher(KafkaProperties kafkaProperties, EventJson eventJson) {
        return new DeadLetterPublisher(kafkaProperties.buildProducerProperties(), eventJson);
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    @ConditionalOnBean(DeadLetterPublisher.class)
    DefaultErrorHandler kafkaErrorHandler(DeadLetterPublisher deadLetters, KafkaDefaultsProperties properties) {
        KafkaDefaultsProperties.Retry retry = properties.retry();
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxAttempts(retry.maxRetries());
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters.recoverer(), backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class, DeserializationException.class);
        return handler;
    }

    @Bean
    KafkaAdmin.NewTopics platformTopics(KafkaDefaultsProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : properties.topics()) {
            Topic topic = Topics.byName(name).orElseThrow(() -> new IllegalStateException(
                    "heure-civique.kafka.topics names an unknown topic: " + name));
            TopicBuilder main = TopicBuilder.name(topic.name()).partitions(properties.partitions())
                    .replicas(properties.replicationFactor()).config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
                            String.valueOf(minInSyncReplicas(properties.replicationFactor())));
            if (topic.compacted()) {
                main.compact();
            }
            topics.add(main.build());
            topics.add(TopicBuilder.name(topic.deadLetterName()).partitions(properties.partitions())
                    .replicas(properties.replicationFactor())
                    .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(properties.deadLetterRetention().toMillis()))
                    .build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    @ConditionalOnBean(KafkaAdmin.class)
    TopicsInitializer topicsInitializer(KafkaAdmin admin, KafkaDefaultsProperties properties) {
        return new TopicsInitializer(admin, !properties.topics().isEmpty());
    }

    private static int minInSyncReplicas(short replicationFactor) {
        return replicationFactor >= 3 ? 2 : 1;
    }
}
