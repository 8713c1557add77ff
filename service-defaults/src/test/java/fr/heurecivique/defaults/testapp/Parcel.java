package fr.heurecivique.defaults.testapp;

import fr.heurecivique.contracts.Topics;
import fr.heurecivique.defaults.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.UUID;

/** A test aggregate with its own outbox. */
@Document("parcels")
public class Parcel extends OutboxAggregate {

    @Id
    private String id;
    private String destination;

    public static Parcel ship(String destination) {
        Parcel parcel = new Parcel();
        parcel.id = UUID.randomUUID().toString();
        parcel.destination = destination;
        parcel.record(ParcelShipped.TYPE, new ParcelShipped(parcel.id, destination));
        return parcel;
    }

    /** The parcel goes elsewhere (an event). */
    public void redirect(String destination) {
        this.destination = destination;
        record(ParcelShipped.TYPE, new ParcelShipped(id, destination));
    }

    /** The parcel is forgotten: a tombstone deletes its key from the topic. */
    public void forget() {
        recordTombstone(Topics.MATCH_EVENTS);
    }

    public String id() {
        return id;
    }

    public String destination() {
        return destination;
    }

    @Override
    public String aggregateId() {
        return id;
    }
}
