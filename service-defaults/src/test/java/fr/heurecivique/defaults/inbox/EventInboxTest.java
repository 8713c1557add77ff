package fr.heurecivique.defaults.inbox;

import fr.heurecivique.contracts.CloudEventHeaders;
import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.defaults.kafka.EventJson;
import fr.heurecivique.defaults.kafka.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The erasure every consumer of volunteer.events honours: VolunteerErased, then the tombstone. */
class EventInboxTest {

    private final EventJson json = new EventJson();

    @Test
    void theErasedVolunteerIsTheOneOfAVolunteerErasedOrOfATombstone() {
        assertThat(EventInbox.erasedVolunteer(event("v1", "{\"volunteerId\":\"v1\",\"erasedAt\":\"2026-12-01T10:00:00Z\"}",
                EventCatalog.VOLUNTEER_ERASED.name()))).contains("v1");
        assertThat(EventInbox.erasedVolunteer(event("v2", null, null))).contains("v2");
        assertThat(EventInbox.erasedVolunteer(event("v3", "{\"volunteer\":{\"volunteerId\":\"v3\"}}",
                EventCatalog.VOLUNTEER_UPDATED.name()))).isEmpty();
    }

    private IncomingEvent event(String key, String value, String type) {
        ConsumerRecord<String, JsonNode> record = new ConsumerRecord<>("volunteer.events", 0, 7, key,
                value == null ? null : json.tree(value));
        if (type != null) {
            record.headers().add(new RecordHeader(CloudEventHeaders.ID, "e-1".getBytes(StandardCharsets.UTF_8)));
            record.headers().add(new RecordHeader(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8)));
        }
        return json.read(record);
    }
}
