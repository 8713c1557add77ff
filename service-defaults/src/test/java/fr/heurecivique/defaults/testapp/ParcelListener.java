package fr.heurecivique.defaults.testapp;

import fr.heurecivique.contracts.Topics;
import fr.heurecivique.defaults.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Consumes the test topic the way the services do, and remembers what it applied. */
@Component
public class ParcelListener {

    public static final String CONSUMER = "test.parcels";

    private final EventInbox inbox;
    private final List<ParcelShipped> applied = new CopyOnWriteArrayList<>();

    ParcelListener(EventInbox inbox) {
        this.inbox = inbox;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.Names.MATCH_EVENTS)
    void on(ConsumerRecord<String, JsonNode> record) {
        inbox.applyOnce(CONSUMER, record, event -> applied.add(event.data(ParcelShipped.TYPE)));
    }

    public List<ParcelShipped> applied() {
        return List.copyOf(applied);
    }

    public long appliedCount(String parcelId) {
        return applied.stream().filter(parcel -> parcel.parcelId().equals(parcelId)).count();
    }
}
