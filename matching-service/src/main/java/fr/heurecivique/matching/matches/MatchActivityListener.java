package fr.heurecivique.matching.matches;

import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.match.MatchEvent;
import fr.heurecivique.contracts.match.MatchState;
import fr.heurecivique.defaults.kafka.EventJson;
import fr.heurecivique.matching.domain.activity.ActivityBook;
import fr.heurecivique.matching.domain.activity.Footprint;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.Map;

/**
 * Keeps this instance's {@link ActivityBook} (minutes per month, last solicitation, completion record of each
 * volunteer) for the ranking: loaded from the stored matches at start, then fed by {@code match.events} — those this
 * instance saved are applied at once by the store, those of the other instances arrive here. Like the volunteer
 * index, each instance reads every partition (a group of its own) from the start; a footprint replaces an older one
 * only (match version), so the order and repetitions do not matter.
 */
@Component
class MatchActivityListener implements ConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(MatchActivityListener.class);

    private final EventJson json;
    private final ActivityBook activity;
    private final NeedMatchesStore store;

    MatchActivityListener(EventJson json, ActivityBook activity, NeedMatchesStore store) {
        this.json = json;
        this.activity = activity;
        this.store = store;
    }

    @EventListener(ApplicationStartedEvent.class)
    void load() {
        int[] matches = { 0 };
        store.forEachWithMatches(board -> board.matches().forEach(match -> {
            activity.apply(match.volunteerId(), match.footprint(board.need().schedule(),
                    board.need().durationMinutes()));
            matches[0]++;
        }));
        log.info("Activity loaded from {} stored matches ({} volunteers)", matches[0], activity.size());
    }

    @KafkaListener(id = "matching.activity", groupId = "matching.activity.#{T(java.util.UUID).randomUUID()}",
            topics = Topics.Names.MATCH_EVENTS, properties = "auto.offset.reset=earliest")
    void on(ConsumerRecord<String, JsonNode> record) {
        json.read(record).dataAs(MatchEvent.class).ifPresent(event -> {
            MatchState match = event.match();
            activity.apply(match.volunteerId(), Footprint.of(match.matchId(), match.version(), match.status(),
                    match.proposedAt(), match.respondedAt(), match.completedAt(), match.actualMinutes(),
                    match.cancelledBy(), event.need().schedule(), event.need().durationMinutes(), match.occurrence()));
        });
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        callback.seekToBeginning(assignments.keySet());
    }
}
