package fr.heurecivique.identity.accounts;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.commune.ReferentAppointed;
import fr.heurecivique.contracts.commune.ReferentRemoved;
import fr.heurecivique.defaults.inbox.EventInbox;
import fr.heurecivique.defaults.kafka.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A referent appointed by their commune (commune-service) gets a referent account for that commune — created with a
 * set-password link if their address has none — and loses it when removed ({@link ReferentAccounts}, idempotent;
 * each event applied once). The other commune events are not this service's business.
 */
@Component
class CommuneEventsListener {

    static final String CONSUMER = "identity.referent-accounts";

    private final EventInbox inbox;
    private final ReferentAccounts referents;

    CommuneEventsListener(EventInbox inbox, ReferentAccounts referents) {
        this.inbox = inbox;
        this.referents = referents;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.Names.COMMUNE_EVENTS)
    void on(ConsumerRecord<String, JsonNode> record) {
        IncomingEvent event = inbox.read(record);
        if (event.isTombstone()) {
            return;
        }
        if (event.is(EventCatalog.REFERENT_APPOINTED)) {
            inbox.handleOnce(CONSUMER, event, () -> {
                ReferentAppointed appointed = event.data(EventCatalog.REFERENT_APPOINTED);
                referents.appointed(appointed.referent().referentId(), appointed.referent().email(),
                        (appointed.referent().firstName() + " " + appointed.referent().lastName()).strip(),
                        appointed.commune().inseeCode());
            });
        } else if (event.is(EventCatalog.REFERENT_REMOVED)) {
            inbox.handleOnce(CONSUMER, event, () -> {
                ReferentRemoved removed = event.data(EventCatalog.REFERENT_REMOVED);
                referents.removed(removed.referentId(), removed.commune().inseeCode());
            });
        }
    }
}
