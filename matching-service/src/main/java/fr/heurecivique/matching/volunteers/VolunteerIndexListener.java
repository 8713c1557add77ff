package fr.heurecivique.matching.volunteers;

import fr.heurecivique.contracts.Topics;
import fr.heurecivique.defaults.kafka.EventJson;
import fr.heurecivique.matching.domain.activity.ActivityBook;
import fr.heurecivique.matching.domain.index.VolunteerIndex;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.ContainerPostProcessor;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.Map;

/**
 * Keeps this instance's {@link VolunteerIndex} in step with {@code volunteer.events}. Every instance needs every
 * volunteer, so this listener has a consumer group of its own per instance and start ({@code
 * matching.volunteer-index.<random>}): it gets every partition, and reads the topic from the beginning at each start
 * — {@code volunteer.events} is compacted, so that is the latest state of every volunteer: the read model is rebuilt
 * from the topic at every start, on every instance. Applying is idempotent by aggregate version (no record of applied
 * events needed), and a record that cannot be read goes to the dead-letter topic like any other.
 */
@Component
class VolunteerIndexListener implements ConsumerSeekAware {

    static final String LISTENER = "matching.volunteer-index";
    private static final Logger log = LoggerFactory.getLogger(VolunteerIndexListener.class);

    private final EventJson json;
    private final VolunteerFeed feed;
    private final VolunteerIndex index;

    VolunteerIndexListener(EventJson json, VolunteerIndex index, ActivityBook activity) {
        this.json = json;
        this.index = index;
        this.feed = new VolunteerFeed(index, activity);
    }

    @KafkaListener(id = LISTENER, groupId = "matching.volunteer-index.#{T(java.util.UUID).randomUUID()}",
            topics = Topics.Names.VOLUNTEER_EVENTS, properties = "auto.offset.reset=earliest", concurrency = "1",
            containerPostProcessor = "volunteerIndexIdleEvents")
    void on(ConsumerRecord<String, JsonNode> record) {
        feed.apply(json.read(record));
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        callback.seekToBeginning(assignments.keySet());
        int[] counts = index.counts();
        log.info("Volunteer index: reading {} partitions of volunteer.events from the start ({} volunteers held, "
                + "{} suggestible)", assignments.size(), counts[0], counts[1]);
    }

    /** The index listener reports when it is idle: how {@link VolunteerIndexReadiness} learns it has caught up. */
    @Configuration(proxyBeanMethods = false)
    static class IdleEvents {

        @Bean
        ContainerPostProcessor<Object, Object, AbstractMessageListenerContainer<Object, Object>> volunteerIndexIdleEvents() {
            return container -> container.getContainerProperties().setIdleEventInterval(500L);
        }
    }
}
