package fr.heurecivique.defaults;

import fr.heurecivique.defaults.inbox.EventInbox;
import fr.heurecivique.defaults.inbox.IdempotentConsumer;
import fr.heurecivique.defaults.inbox.InboxProperties;
import fr.heurecivique.defaults.inbox.ReadModels;
import fr.heurecivique.defaults.kafka.EventJson;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/** Cross-cutting beans of every service: the clock, metric tags, idempotent consumption. */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
public class ServiceDefaultsAutoConfiguration {

    /**
     * The one clock of the service; tests replace it to control time. With {@code heure-civique.clock.offset-file}
     * (system tests only) the real time shifted by the offset that file holds ({@link OffsetFileClock}).
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${heure-civique.clock.offset-file:}") String offsetFile) {
        return offsetFile.isBlank() ? Clock.systemUTC() : new OffsetFileClock(java.nio.file.Path.of(offsetFile));
    }

    /** Every metric carries the service's name, so that one Prometheus serves the whole platform. */
    @Bean
    MeterRegistryCustomizer<MeterRegistry> applicationTag(@Value("${spring.application.name}") String name) {
        return registry -> registry.config().commonTags("application", name);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MongoTemplate.class)
    @ConditionalOnBean(MongoTemplate.class)
    @EnableConfigurationProperties(InboxProperties.class)
    static class Inbox {

        @Bean
        IdempotentConsumer idempotentConsumer(MongoTemplate mongo, Clock clock, MeterRegistry meters,
                InboxProperties properties) {
            return new IdempotentConsumer(mongo, clock, meters, properties.retention());
        }

        @Bean
        ReadModels readModels(MongoTemplate mongo) {
            return new ReadModels(mongo);
        }

        /**
         * The listeners' one preamble: read the record, apply it once ({@link EventInbox}). Only where Kafka is on the
         * class path: the web client keeps sessions in MongoDB but reads no topic, and has no Kafka client.
         */
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = "org.apache.kafka.clients.consumer.ConsumerRecord")
        static class Listeners {

            @Bean
            EventInbox eventInbox(ObjectProvider<EventJson> json, IdempotentConsumer idempotentConsumer) {
                return new EventInbox(json.getIfAvailable(EventJson::new), idempotentConsumer);
            }
        }
    }
}
