package fr.heurecivique.testsupport;

import fr.heurecivique.contracts.CloudEventHeaders;

import java.util.Map;

/** A record read from a topic by an {@link EventProbe}: its position, key, headers and value as text. */
public record CapturedRecord(String topic, int partition, long offset, String key, Map<String, String> headers,
        String value) {

    public String header(String name) {
        return headers.get(name);
    }

    public String type() {
        return header(CloudEventHeaders.TYPE);
    }

    public String eventId() {
        return header(CloudEventHeaders.ID);
    }
}
