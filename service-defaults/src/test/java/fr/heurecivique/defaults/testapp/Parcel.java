package fr.heurecivique.defaults.testapp;

import fr.heurecivique.contracts.Topics;
import fr.heurecivique.defaults.outbox.OutboxAggregate;
import fr.heurecivique.defaults.outbox.OutboxEvent;
import fr.heurecivique.defaults.outbox.OutboxEvents;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A test aggregate with its own outbox. */
@Document("parcels")
public class Parcel implements OutboxAggregate {

    @Id
    private String id;
    @Version
    private Long version;
    private String destination;
    private List<OutboxEvent> pendingEvents = new ArrayList<>();

    public static Parcel ship(String destination, OutboxEvents events) {
        Parcel parcel = new Parcel();
        parcel.id = UUID.randomUUID().toString();
        parcel.destination = destination;
        parcel.pendingEvents.add(events.create(ParcelShipped.TYPE, parcel.id, 0, new ParcelShipped(parcel.id,
                destination)));
        return parcel;
    }

    /** The parcel is forgotten: a tombstone deletes its key from the topic. */
    public void forget(OutboxEvents events) {
        pendingEvents.add(events.tombstone(Topics.MATCH_EVENTS, id, version == null ? 0 : version + 1));
    }

    public String id() {
        return id;
    }

    @Override
    public List<OutboxEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
