package fr.heurecivique.notification.messaging;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.volunteer.VolunteerState;
import fr.heurecivique.contracts.volunteer.VolunteerStateEvent;
import fr.heurecivique.defaults.inbox.IdempotentConsumer;
import fr.heurecivique.defaults.kafka.EventJson;
import fr.heurecivique.defaults.kafka.IncomingEvent;
import fr.heurecivique.notification.delivery.Channel;
import fr.heurecivique.notification.delivery.Deliveries;
import fr.heurecivique.notification.templates.MessageTemplates;
import fr.heurecivique.notification.delivery.Message;
import fr.heurecivique.notification.delivery.Recipient;
import fr.heurecivique.notification.directory.Contact;
import fr.heurecivique.notification.directory.ContactDirectory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.Map;

/**
 * Volunteers' events: keeps their entry in the contact directory (erased with them) and welcomes new volunteers
 * by email, if they agreed to be emailed.
 */
@Component
class VolunteerEventsListener {

    static final String CONSUMER = "notification.volunteers";
    static final String VOLUNTEER = "VOLUNTEER";
    static final String WELCOME_TEMPLATE = "volunteer-welcome";

    private final EventJson json;
    private final IdempotentConsumer inbox;
    private final ContactDirectory directory;
    private final Deliveries deliveries;
    private final MessageTemplates templates;

    VolunteerEventsListener(EventJson json, IdempotentConsumer inbox, ContactDirectory directory,
            Deliveries deliveries, MessageTemplates templates) {
        this.json = json;
        this.inbox = inbox;
        this.directory = directory;
        this.deliveries = deliveries;
        this.templates = templates;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.Names.VOLUNTEER_EVENTS)
    void on(ConsumerRecord<String, JsonNode> record) {
        IncomingEvent event = json.read(record);
        inbox.handleOnce(CONSUMER, event, () -> {
            if (event.isTombstone()) {
                directory.erase(VOLUNTEER, event.key());
                return;
            }
            // Every volunteer event carries the current state, consents included: keep the directory up to date.
            event.dataAs(VolunteerStateEvent.class).map(VolunteerStateEvent::volunteer)
                    .ifPresent(volunteer -> directory.update(contactOf(volunteer)));
            if (event.is(EventCatalog.VOLUNTEER_REGISTERED)) {
                welcome(event.id(), event.data(EventCatalog.VOLUNTEER_REGISTERED).volunteer());
            }
        });
    }

    private void welcome(String eventId, VolunteerState volunteer) {
        Recipient recipient = new Recipient(VOLUNTEER, volunteer.volunteerId(), volunteer.email());
        Message message = templates.email(WELCOME_TEMPLATE, Map.of("firstName", volunteer.firstName()));
        if (volunteer.consents().email()) {
            deliveries.request(eventId, recipient, Channel.EMAIL, message);
        } else {
            deliveries.suppress(eventId, recipient, Channel.EMAIL, message,
                    "Pas de consentement à être contacté par e-mail");
        }
    }

    private static Contact contactOf(VolunteerState volunteer) {
        return new Contact(Contact.idOf(VOLUNTEER, volunteer.volunteerId()), VOLUNTEER, volunteer.volunteerId(),
                volunteer.version(), volunteer.firstName(), volunteer.email(), volunteer.phone(),
                volunteer.consents().email(), volunteer.consents().sms());
    }
}
