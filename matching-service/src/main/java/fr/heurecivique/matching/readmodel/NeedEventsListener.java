package fr.heurecivique.matching.readmodel;

import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.need.NeedState;
import fr.heurecivique.contracts.need.NeedStateEvent;
import fr.heurecivique.defaults.inbox.IdempotentConsumer;
import fr.heurecivique.defaults.inbox.ReadModels;
import fr.heurecivique.defaults.kafka.EventJson;
import fr.heurecivique.defaults.kafka.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Keeps {@link NeedProfile}s in step with {@code need.events}. */
@Component
class NeedEventsListener {

    static final String CONSUMER = "matching.need-profiles";

    private final EventJson json;
    private final IdempotentConsumer inbox;
    private final ReadModels store;

    NeedEventsListener(EventJson json, IdempotentConsumer inbox, ReadModels store) {
        this.json = json;
        this.inbox = inbox;
        this.store = store;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.Names.NEED_EVENTS)
    void on(ConsumerRecord<String, JsonNode> record) {
        IncomingEvent event = json.read(record);
        // Every need event (posted, updated, cancelled, expired…) carries the need's current state: keep the newest.
        inbox.handleOnce(CONSUMER, event, () -> event.dataAs(NeedStateEvent.class).map(NeedStateEvent::need)
                .ifPresent(need -> store.storeIfNewer(need.needId(), need.version(), profileOf(need))));
    }

    static NeedProfile profileOf(NeedState need) {
        return new NeedProfile(need.needId(), need.version(), need.communeInsee(), need.title(), need.kind(),
                need.status(), need.latitude(), need.longitude(), need.postedAt(), need.mode(),
                need.volunteersNeeded(), need.durationMinutes(), need.urgency());
    }
}
