package fr.heurecivique.identity.accounts;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.defaults.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Volunteers' events: a sign-up gives the volunteer an account (or links the one that has their address), whose
 * holder is emailed a link to choose a password; an erasure (tombstone) removes what the account held as a volunteer.
 */
@Component
class VolunteerEventsListener {

    static final String CONSUMER = "identity.volunteer-accounts";

    private final EventInbox inbox;
    private final Accounts accounts;

    VolunteerEventsListener(EventInbox inbox, Accounts accounts) {
        this.inbox = inbox;
        this.accounts = accounts;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.Names.VOLUNTEER_EVENTS)
    void on(ConsumerRecord<String, JsonNode> record) {
        inbox.applyOnce(CONSUMER, record, event -> {
            if (event.isTombstone()) {
                accounts.volunteerErased(event.key());
            } else if (event.is(EventCatalog.VOLUNTEER_REGISTERED)) {
                accounts.volunteerSignedUp(event.data(EventCatalog.VOLUNTEER_REGISTERED).volunteer());
            }
        });
    }
}
