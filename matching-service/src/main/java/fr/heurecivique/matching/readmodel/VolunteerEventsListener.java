package fr.heurecivique.matching.readmodel;

import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.volunteer.VolunteerState;
import fr.heurecivique.contracts.volunteer.VolunteerStateEvent;
import fr.heurecivique.defaults.inbox.IdempotentConsumer;
import fr.heurecivique.defaults.inbox.ReadModels;
import fr.heurecivique.defaults.kafka.EventJson;
import fr.heurecivique.defaults.kafka.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Keeps {@link VolunteerProfile}s in step with {@code volunteer.events}; a tombstone (erasure) deletes. */
@Component
class VolunteerEventsListener {

    static final String CONSUMER = "matching.volunteer-profiles";

    private final EventJson json;
    private final IdempotentConsumer inbox;
    private final ReadModels store;

    VolunteerEventsListener(EventJson json, IdempotentConsumer inbox, ReadModels store) {
        this.json = json;
        this.inbox = inbox;
        this.store = store;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.Names.VOLUNTEER_EVENTS)
    void on(ConsumerRecord<String, JsonNode> record) {
        IncomingEvent event = json.read(record);
        inbox.handleOnce(CONSUMER, event, () -> apply(event));
    }

    private void apply(IncomingEvent event) {
        // Erasure: VolunteerErased carries no state (nothing to store), the tombstone after it deletes.
        if (event.isTombstone()) {
            store.delete(event.key(), VolunteerProfile.class);
            return;
        }
        // Every volunteer event carries the volunteer's current state: keep the newest.
        event.dataAs(VolunteerStateEvent.class).map(VolunteerStateEvent::volunteer).ifPresent(volunteer ->
                store.storeIfNewer(volunteer.volunteerId(), volunteer.version(), profileOf(volunteer)));
    }

    static VolunteerProfile profileOf(VolunteerState volunteer) {
        String initial = volunteer.lastName().isEmpty() ? "" : " " + volunteer.lastName().substring(0, 1) + ".";
        return new VolunteerProfile(volunteer.volunteerId(), volunteer.version(), volunteer.status(),
                volunteer.firstName() + initial, volunteer.communeInsee(), volunteer.partnerCode(),
                volunteer.registeredAt(), volunteer.latitude(), volunteer.longitude(), volunteer.perimeter());
    }
}
