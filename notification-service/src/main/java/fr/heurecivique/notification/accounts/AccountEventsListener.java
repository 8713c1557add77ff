package fr.heurecivique.notification.accounts;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.defaults.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** identity-service's events: the links with which people choose their password. */
@Component
class AccountEventsListener {

    static final String CONSUMER = "notification.accounts";

    private final EventInbox inbox;
    private final AccountNotifications notifications;

    AccountEventsListener(EventInbox inbox, AccountNotifications notifications) {
        this.inbox = inbox;
        this.notifications = notifications;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.Names.ACCOUNT_EVENTS)
    void on(ConsumerRecord<String, JsonNode> record) {
        inbox.applyOnce(CONSUMER, record, event -> {
            if (event.is(EventCatalog.ACCOUNT_PASSWORD_SETUP_REQUESTED)) {
                notifications.passwordSetup(event.id(), event.data(EventCatalog.ACCOUNT_PASSWORD_SETUP_REQUESTED));
            }
        });
    }
}
