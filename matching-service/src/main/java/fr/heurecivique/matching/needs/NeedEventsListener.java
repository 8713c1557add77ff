package fr.heurecivique.matching.needs;

import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.need.NeedState;
import fr.heurecivique.contracts.need.NeedStateEvent;
import fr.heurecivique.defaults.inbox.EventInbox;
import fr.heurecivique.defaults.kafka.IncomingEvent;
import fr.heurecivique.matching.MatchingProperties;
import fr.heurecivique.matching.domain.matches.NeedMatches;
import fr.heurecivique.matching.domain.matches.NeedSnapshot;
import fr.heurecivique.matching.matches.NeedMatchesStore;
import fr.heurecivique.referencedata.CharenteMaritimeCommunes;
import fr.heurecivique.referencedata.Commune;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.Map;

/**
 * Keeps each need's latest state in its {@link NeedMatches} document, from {@code need.events} (every need event
 * carries the whole state; an older or repeated one changes nothing). A cancelled or expired need cancels its pending
 * matches in the same write.
 *
 * <p>Rebuild: started with {@code heure-civique.matching.rebuild=true} ({@code MATCHING_REBUILD=true}), the listener
 * reads the compacted topic from the start and applies every record again, whether or not it was applied before.
 */
@Component
class NeedEventsListener implements ConsumerSeekAware {

    static final String CONSUMER = "matching.need-matches";
    private static final Logger log = LoggerFactory.getLogger(NeedEventsListener.class);

    private final EventInbox inbox;
    private final NeedMatchesStore store;
    private final Clock clock;
    private final boolean rebuild;

    NeedEventsListener(EventInbox inbox, NeedMatchesStore store, Clock clock, MatchingProperties properties) {
        this.inbox = inbox;
        this.store = store;
        this.clock = clock;
        this.rebuild = properties.rebuild();
    }

    @KafkaListener(id = CONSUMER, topics = Topics.Names.NEED_EVENTS)
    void on(ConsumerRecord<String, JsonNode> record) {
        if (rebuild) {
            apply(inbox.read(record));
        } else {
            inbox.applyOnce(CONSUMER, record, this::apply);
        }
    }

    private void apply(IncomingEvent event) {
        event.dataAs(NeedStateEvent.class).map(NeedStateEvent::need).ifPresent(this::apply);
    }

    void apply(NeedState state) {
        NeedSnapshot snapshot = NeedSnapshot.of(state, CharenteMaritimeCommunes.get().find(state.communeInsee())
                .map(Commune::name).orElse(null));
        store.createOrChange(state.needId(), () -> NeedMatches.of(state.needId(), snapshot, clock.instant()),
                board -> board.applyNeed(snapshot, clock.instant()));
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        if (rebuild) {
            log.info("Rebuild: reading {} partitions of need.events from the start", assignments.size());
            callback.seekToBeginning(assignments.keySet());
        }
    }
}
