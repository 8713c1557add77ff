package fr.heurecivique.notification.volunteers;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.volunteer.VolunteerSessionBooked;
import fr.heurecivique.contracts.volunteer.VolunteerState;
import fr.heurecivique.contracts.volunteer.VolunteerStateEvent;
import fr.heurecivique.defaults.inbox.EventInbox;
import fr.heurecivique.defaults.kafka.IncomingEvent;
import fr.heurecivique.notification.directory.Contact;
import fr.heurecivique.notification.directory.ContactDirectory;
import fr.heurecivique.notification.nudge.MonthlyNudge;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Volunteers' events: keep their entry in the contact directory (erased with them, along with the addresses in the
 * delivery log), and tell them what the scheme expects of them next.
 */
@Component
class VolunteerEventsListener {

    static final String CONSUMER = "notification.volunteers";
    private static final String VOLUNTEER = VolunteerNotifications.VOLUNTEER;

    private final EventInbox inbox;
    private final ContactDirectory directory;
    private final VolunteerNotifications notifications;
    private final MonthlyNudge nudge;

    VolunteerEventsListener(EventInbox inbox, ContactDirectory directory,
            VolunteerNotifications notifications, MonthlyNudge nudge) {
        this.nudge = nudge;
        this.inbox = inbox;
        this.directory = directory;
        this.notifications = notifications;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.Names.VOLUNTEER_EVENTS)
    void on(ConsumerRecord<String, JsonNode> record) {
        inbox.applyOnce(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        String erased = EventInbox.erasedVolunteer(event).orElse(null);
        if (erased != null) {
            directory.erase(VOLUNTEER, erased);
            notifications.stopScheduled(erased, "Annulé : le bénévole a effacé ses données");
            notifications.forget(erased);
            nudge.forget(erased);
            return;
        }
        // Every other volunteer event carries the current state, consents included: keep the directory up to date.
        VolunteerState volunteer = event.dataAs(VolunteerStateEvent.class).map(VolunteerStateEvent::volunteer)
                .orElse(null);
        if (volunteer == null) {
            return;
        }
        directory.update(contactOf(volunteer));
        nudge.volunteerChanged(volunteer);
        if (event.is(EventCatalog.VOLUNTEER_REGISTERED)) {
            notifications.welcome(event.id(), volunteer);
        } else if (event.is(EventCatalog.VOLUNTEER_SESSION_BOOKED)) {
            VolunteerSessionBooked booked = event.data(EventCatalog.VOLUNTEER_SESSION_BOOKED);
            notifications.sessionBooked(event.id(), volunteer, booked.session());
        } else if (event.is(EventCatalog.VOLUNTEER_INTERVIEW_SCHEDULED)) {
            notifications.interviewScheduled(event.id(), volunteer);
        } else if (event.is(EventCatalog.VOLUNTEER_INTERVIEWED)) {
            notifications.active(event.id(), volunteer);
        } else if (event.is(EventCatalog.VOLUNTEER_WITHDRAWN)) {
            notifications.stopScheduled(volunteer.volunteerId(), "Annulé : le bénévole a quitté le dispositif");
        }
    }

    private static Contact contactOf(VolunteerState volunteer) {
        return new Contact(Contact.idOf(VOLUNTEER, volunteer.volunteerId()), VOLUNTEER, volunteer.volunteerId(),
                volunteer.version(), volunteer.firstName(), volunteer.email(), volunteer.phone(),
                volunteer.consents().email(), volunteer.consents().sms(), volunteer.communeInsee());
    }
}
