package fr.heurecivique.matching.volunteers;

import fr.heurecivique.matching.domain.index.VolunteerIndex;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.event.ListenerContainerIdleEvent;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The instance is ready only once its volunteer index has read volunteer.events to the end. */
class VolunteerIndexReadinessTest {

    private final TopicPartition p0 = new TopicPartition("volunteer.events", 0);
    private final TopicPartition p1 = new TopicPartition("volunteer.events", 1);
    private final MockConsumer<String, String> consumer = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
    private final VolunteerIndexReadiness readiness = new VolunteerIndexReadiness(new VolunteerIndex());

    @Test
    void notReadyUntilIdleWithEveryPartitionReadToItsEnd() {
        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        consumer.assign(List.of(p0, p1));
        consumer.updateEndOffsets(Map.of(p0, 40L, p1, 0L));
        consumer.seek(p0, 12);
        consumer.seek(p1, 0);
        readiness.onIdle(idle(VolunteerIndexListener.LISTENER + "-0", List.of(p0, p1)));
        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        // Another listener's idleness says nothing about the index.
        consumer.seek(p0, 40);
        readiness.onIdle(idle("matching.activity-0", List.of(p0, p1)));
        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        readiness.onIdle(idle(VolunteerIndexListener.LISTENER + "-0", List.of(p0, p1)));
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void notReadyWhileNoPartitionIsAssigned() {
        readiness.onIdle(idle(VolunteerIndexListener.LISTENER + "-0", List.of()));
        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    }

    private ListenerContainerIdleEvent idle(String listenerId, List<TopicPartition> partitions) {
        return new ListenerContainerIdleEvent(this, this, 500L, listenerId, partitions, consumer, false);
    }
}
