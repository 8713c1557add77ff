package fr.heurecivique.notification.roster;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.defaults.inbox.IdempotentConsumer;
import fr.heurecivique.defaults.kafka.EventJson;
import fr.heurecivique.defaults.kafka.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Roster digests, mailed to the town halls. */
@Component
class RosterEventsListener {

    static final String CONSUMER = "notification.rosters";

    private final EventJson json;
    private final IdempotentConsumer inbox;
    private final RosterDigestMail mail;

    RosterEventsListener(EventJson json, IdempotentConsumer inbox, RosterDigestMail mail) {
        this.json = json;
        this.inbox = inbox;
        this.mail = mail;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.Names.ROSTER_EVENTS)
    void on(ConsumerRecord<String, JsonNode> record) {
        IncomingEvent event = json.read(record);
        inbox.handleOnce(CONSUMER, event, () -> {
            if (event.is(EventCatalog.ROSTER_DIGEST_PUBLISHED)) {
                mail.send(event.id(), event.data(EventCatalog.ROSTER_DIGEST_PUBLISHED));
            }
        });
    }
}
