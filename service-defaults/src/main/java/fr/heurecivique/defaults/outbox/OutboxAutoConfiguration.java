package fr.heurecivique.defaults.outbox;

import fr.heurecivique.contracts.CloudEventHeaders;
import fr.heurecivique.defaults.ServiceDefaultsAutoConfiguration;
import fr.heurecivique.defaults.kafka.EventJson;
import fr.heurecivique.defaults.kafka.KafkaDefaultsAutoConfiguration;
import fr.heurecivique.defaults.kafka.TopicsInitializer;
import fr.heurecivique.defaults.lifecycle.PollingWorker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertEvent;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Supplier;

/** The transactional outbox of every service that owns aggregates: event serialiser, store, relay and save signal. */
@AutoConfiguration(after = { ServiceDefaultsAutoConfiguration.class, KafkaDefaultsAutoConfiguration.class },
        afterName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
                "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration" })
@ConditionalOnClass({ MongoTemplate.class, KafkaTemplate.class })
@ConditionalOnBean({ MongoTemplate.class, KafkaTemplate.class, TopicsInitializer.class })
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    OutboxEvents outboxEvents(@Value("${spring.application.name}") String applicationName, EventJson json,
            Clock clock, ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new OutboxEvents(applicationName, json, clock, () -> currentTraceparent(tracer.getIfAvailable(),
                propagator.getIfAvailable()));
    }

    /** The one store of the service's outbox aggregates: inserts and version-checked saves with their events. */
    @Bean
    AggregateStore aggregateStore(MongoTemplate mongo, OutboxEvents outboxEvents, ApplicationEventPublisher publisher) {
        return new AggregateStore(mongo, outboxEvents, publisher);
    }

    /** The W3C {@code traceparent} of the current span, if any. */
    static String currentTraceparent(Tracer tracer, Propagator propagator) {
        if (tracer == null || propagator == null || tracer.currentTraceContext().context() == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(tracer.currentTraceContext().context(), carrier, Map::put);
        return carrier.get(CloudEventHeaders.TRACEPARENT);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            Clock clock, MongoMappingContext mappingContext, MeterRegistry meters) {
        Supplier<List<String>> collections = () -> mappingContext.getPersistentEntities().stream()
                .filter(entity -> OutboxAggregate.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .distinct()
                .toList();
        return new OutboxRelay(mongo, kafka, properties, clock, collections, meters);
    }

    /**
     * Runs the relay in the background. Phase: stops after the web server has drained its requests (which may still
     * record events) and before the server itself goes; whatever remains is published at the next start.
     */
    @Bean
    PollingWorker outboxRelayWorker(OutboxRelay relay, OutboxProperties properties) {
        return new PollingWorker("outbox-relay", properties.pollInterval(), properties.maxBackoff(),
                Integer.MAX_VALUE - 2000, () -> !properties.enabled() || relay.publishPending());
    }

    /**
     * Wakes the relay up as soon as a save recorded events, instead of at the next poll; refuses to write an aggregate
     * whose recorded events did not go through the {@link AggregateStore} (a repository or template save would lose
     * them).
     */
    @Bean
    AbstractMongoEventListener<OutboxAggregate> outboxSaveSignal(PollingWorker outboxRelayWorker) {
        return new AbstractMongoEventListener<>() {
            @Override
            public void onBeforeConvert(BeforeConvertEvent<OutboxAggregate> event) {
                if (event.getSource().hasUnsavedEvents()) {
                    throw new IllegalStateException(event.getSource().getClass().getSimpleName()
                            + " recorded events: save it with the AggregateStore, which writes them to its outbox");
                }
            }

            @Override
            public void onAfterSave(AfterSaveEvent<OutboxAggregate> event) {
                if (!event.getSource().pendingEvents().isEmpty()) {
                    outboxRelayWorker.signal();
                }
            }
        };
    }
}
