package fr.heurecivique.defaults.testapp;

import fr.heurecivique.contracts.EventType;
import fr.heurecivique.contracts.Topics;

/** The test aggregate's event. */
public record ParcelShipped(String parcelId, String destination) {

    public static final EventType<ParcelShipped> TYPE = new EventType<>("fr.heurecivique.test.parcel-shipped.v1",
            Topics.MATCH_EVENTS, ParcelShipped.class);
}
