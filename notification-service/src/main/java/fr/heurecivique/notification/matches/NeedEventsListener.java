package fr.heurecivique.notification.matches;

import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.need.NeedStateEvent;
import fr.heurecivique.defaults.inbox.EventInbox;
import fr.heurecivique.defaults.kafka.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Needs' events: who each need is for (ids only), to tell them when a volunteer accepts. */
@Component
class NeedEventsListener {

    static final String CONSUMER = "notification.needs";

    private final EventInbox inbox;
    private final MatchNotifications notifications;

    NeedEventsListener(EventInbox inbox, MatchNotifications notifications) {
        this.inbox = inbox;
        this.notifications = notifications;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.Names.NEED_EVENTS)
    void on(ConsumerRecord<String, JsonNode> record) {
        inbox.applyOnce(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        if (event.isTombstone()) {
            return;
        }
        event.dataAs(NeedStateEvent.class).map(NeedStateEvent::need).ifPresent(need -> notifications.needChanged(
                new NeedParties(need.needId(), need.version(), need.communeInsee(), need.mode(), need.beneficiaryId(),
                        need.associationId(), need.status())));
    }
}
