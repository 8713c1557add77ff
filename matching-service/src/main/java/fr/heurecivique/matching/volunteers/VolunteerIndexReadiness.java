package fr.heurecivique.matching.volunteers;

import fr.heurecivique.matching.domain.index.VolunteerIndex;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.event.ListenerContainerIdleEvent;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;

/**
 * Readiness of this instance's volunteer index: an instance rebuilds it from {@code volunteer.events} at every start
 * (seconds for a département, about 17 s for a million volunteers), and until it has read up to the end of the topic
 * its suggestions would miss volunteers. The index listener's container reports when it is idle; the index is caught
 * up the first time it is idle with every assigned partition read to the end offset. Until then the health group
 * {@code readiness} is {@code OUT_OF_SERVICE}, so the local launcher, Kubernetes and the load balancer wait for it.
 */
@Component("volunteerIndexHealthIndicator")
class VolunteerIndexReadiness implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(VolunteerIndexReadiness.class);

    private final VolunteerIndex index;
    private volatile boolean caughtUp;

    VolunteerIndexReadiness(VolunteerIndex index) {
        this.index = index;
    }

    /** Runs on the index listener's consumer thread, so the consumer may be asked for positions here. */
    @EventListener
    void onIdle(ListenerContainerIdleEvent event) {
        if (caughtUp || event.getListenerId() == null
                || !event.getListenerId().startsWith(VolunteerIndexListener.LISTENER)) {
            return;
        }
        Collection<TopicPartition> partitions = event.getTopicPartitions();
        Consumer<?, ?> consumer = event.getConsumer();
        if (partitions == null || partitions.isEmpty() || consumer == null) {
            return; // not assigned yet
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        for (TopicPartition partition : partitions) {
            if (consumer.position(partition) < ends.getOrDefault(partition, 0L)) {
                return;
            }
        }
        caughtUp = true;
        int[] counts = index.counts();
        log.info("Volunteer index caught up with volunteer.events: {} volunteers held, {} suggestible", counts[0],
                counts[1]);
    }

    boolean caughtUp() {
        return caughtUp;
    }

    @Override
    public Health health() {
        if (!caughtUp) {
            return Health.outOfService().withDetail("reason", "reading volunteer.events from the start").build();
        }
        return Health.up().withDetail("volunteers", index.counts()[0]).build();
    }
}
