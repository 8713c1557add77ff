package fr.heurecivique.notification.roster;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.defaults.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Roster digests, mailed to the town halls. */
@Component
class RosterEventsListener {

    static final String CONSUMER = "notification.rosters";

    private final EventInbox inbox;
    private final RosterDigestMail mail;

    RosterEventsListener(EventInbox inbox, RosterDigestMail mail) {
        this.inbox = inbox;
        this.mail = mail;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.Names.ROSTER_EVENTS)
    void on(ConsumerRecord<String, JsonNode> record) {
        inbox.applyOnce(CONSUMER, record, event -> {
            if (event.is(EventCatalog.ROSTER_DIGEST_PUBLISHED)) {
                mail.send(event.id(), event.data(EventCatalog.ROSTER_DIGEST_PUBLISHED));
            }
        });
    }
}
