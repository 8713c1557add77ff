package fr.heurecivique.commune.needs;

import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.match.MatchEvent;
import fr.heurecivique.defaults.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Moves needs with their matches: every match event (keyed by need id, so in order per need) says whether the need
 * is full or done, with the version of its matches; the need follows the newest report ({@link Need#followMatches}).
 */
@Component
class MatchEventsListener {

    static final String CONSUMER = "commune.need-matches";

    private final EventInbox inbox;
    private final Needs needs;

    MatchEventsListener(EventInbox inbox, Needs needs) {
        this.inbox = inbox;
        this.needs = needs;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.Names.MATCH_EVENTS)
    void on(ConsumerRecord<String, JsonNode> record) {
        inbox.applyOnce(CONSUMER, record, event -> event.dataAs(MatchEvent.class).map(MatchEvent::need)
                .ifPresent(need -> needs.followMatches(need.needId(), need.matchingVersion(), need.full(),
                        need.done(), need.acceptedCount(), need.completedCount())));
    }
}
