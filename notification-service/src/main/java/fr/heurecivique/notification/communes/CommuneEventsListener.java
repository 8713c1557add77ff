package fr.heurecivique.notification.communes;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.commune.CommunePartnershipActivated;
import fr.heurecivique.contracts.commune.CommunePartnershipReactivated;
import fr.heurecivique.contracts.commune.CommunePartnershipRequested;
import fr.heurecivique.contracts.commune.ReferentAppointed;
import fr.heurecivique.contracts.commune.ReferentRemoved;
import fr.heurecivique.defaults.inbox.EventInbox;
import fr.heurecivique.defaults.kafka.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Communes' events: partnership steps and referents, told to the people concerned. */
@Component
class CommuneEventsListener {

    static final String CONSUMER = "notification.communes";

    private final EventInbox inbox;
    private final CommuneNotifications notifications;

    CommuneEventsListener(EventInbox inbox, CommuneNotifications notifications) {
        this.inbox = inbox;
        this.notifications = notifications;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.Names.COMMUNE_EVENTS)
    void on(ConsumerRecord<String, JsonNode> record) {
        inbox.applyOnce(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        if (event.is(EventCatalog.COMMUNE_PARTNERSHIP_REQUESTED)) {
            CommunePartnershipRequested requested = event.data(EventCatalog.COMMUNE_PARTNERSHIP_REQUESTED);
            notifications.partnershipRequested(event.id(), requested.commune(), requested.contact(),
                    requested.message());
        } else if (event.is(EventCatalog.COMMUNE_PARTNERSHIP_ACTIVATED)) {
            CommunePartnershipActivated activated = event.data(EventCatalog.COMMUNE_PARTNERSHIP_ACTIVATED);
            notifications.partnershipActivated(event.id(), activated.commune(), activated.contact());
        } else if (event.is(EventCatalog.COMMUNE_PARTNERSHIP_REACTIVATED)) {
            CommunePartnershipReactivated reactivated = event.data(EventCatalog.COMMUNE_PARTNERSHIP_REACTIVATED);
            notifications.townHall(reactivated.commune(), reactivated.contact());
        } else if (event.is(EventCatalog.REFERENT_APPOINTED)) {
            ReferentAppointed appointed = event.data(EventCatalog.REFERENT_APPOINTED);
            notifications.referentAppointed(event.id(), appointed.commune(), appointed.referent());
        } else if (event.is(EventCatalog.REFERENT_REMOVED)) {
            ReferentRemoved removed = event.data(EventCatalog.REFERENT_REMOVED);
            notifications.referentRemoved(removed.referentId());
        }
    }
}
