package fr.heurecivique.defaults.kafka;

import fr.heurecivique.contracts.CloudEventHeaders;
import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.volunteer.VolunteerStateEvent;
import fr.heurecivique.defaults.testapp.ParcelShipped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncomingEventTest {

    private final EventJson json = new EventJson();

    @Test
    void readsTheCloudEventsAttributesAndTheData() {
        IncomingEvent event = json.read(record("{\"parcelId\":\"p1\",\"destination\":\"Saintes\",\"addedLater\":1}",
                Map.of(CloudEventHeaders.ID, "e1", CloudEventHeaders.TYPE, ParcelShipped.TYPE.name(),
                        CloudEventHeaders.TIME, "2026-11-28T10:15:30Z", CloudEventHeaders.AGGREGATE_VERSION, "4",
                        CloudEventHeaders.SUBJECT, "p1")));

        assertThat(event.id()).isEqualTo("e1");
        assertThat(event.is(ParcelShipped.TYPE)).isTrue();
        assertThat(event.time()).isEqualTo(Instant.parse("2026-11-28T10:15:30Z"));
        assertThat(event.aggregateVersion()).isEqualTo(4L);
        assertThat(event.key()).isEqualTo("p1");
        // Unknown fields are ignored: producers may add optional fields within a version.
        assertThat(event.data(ParcelShipped.TYPE)).isEqualTo(new ParcelShipped("p1", "Saintes"));
    }

    @Test
    void rejectsARecordWithoutItsIdOrType() {
        assertThatThrownBy(() -> json.read(record("{}", Map.of(CloudEventHeaders.TYPE, "t"))))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("ce_id");
        assertThatThrownBy(() -> json.read(record("{}", Map.of(CloudEventHeaders.ID, "e"))))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void rejectsMalformedAttributesAndDataThatDoesNotMatchTheContract() {
        assertThatThrownBy(() -> json.read(record("{}", Map.of(CloudEventHeaders.ID, "e", CloudEventHeaders.TYPE, "t",
                CloudEventHeaders.TIME, "yesterday")))).isInstanceOf(InvalidEventException.class);
        IncomingEvent event = json.read(record("{\"parcelId\":{\"nested\":true}}", Map.of(CloudEventHeaders.ID, "e",
                CloudEventHeaders.TYPE, ParcelShipped.TYPE.name())));
        assertThatThrownBy(() -> event.data(ParcelShipped.TYPE)).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void readsAnyEventOfAFamilyThroughItsView() {
        IncomingEvent registered = json.read(record("""
                {"volunteer": {"volunteerId": "v1", "version": 2, "status": "ACTIVE", "firstName": "Claire",
                 "consents": {"dataProcessing": true}}}""", Map.of(CloudEventHeaders.ID, "e1",
                CloudEventHeaders.TYPE, EventCatalog.VOLUNTEER_REGISTERED.name())));
        assertThat(registered.dataAs(VolunteerStateEvent.class)).get()
                .satisfies(event -> assertThat(event.volunteer().version()).isEqualTo(2));
        // Not in the catalogue, or not of that family: nothing.
        assertThat(json.read(record("{}", Map.of(CloudEventHeaders.ID, "e2", CloudEventHeaders.TYPE,
                ParcelShipped.TYPE.name()))).dataAs(VolunteerStateEvent.class)).isEmpty();
        assertThat(json.read(record("{}", Map.of(CloudEventHeaders.ID, "e3", CloudEventHeaders.TYPE,
                EventCatalog.NEED_POSTED.name()))).dataAs(VolunteerStateEvent.class)).isEmpty();
    }

    @Test
    void aTombstoneHasNoDataAndAStableId() {
        IncomingEvent tombstone = json.read(record(null, Map.of()));
        assertThat(tombstone.isTombstone()).isTrue();
        assertThat(tombstone.id()).isEqualTo("tombstone:volunteer.events-2@42");
        assertThat(json.read(record(null, Map.of())).id()).isEqualTo(tombstone.id());
    }

    @Test
    void writesIsoInstantsAndLeavesNullsOut() {
        assertThat(json.write(new Stamp(Instant.parse("2026-11-28T10:15:30Z"), null)))
                .isEqualTo("{\"at\":\"2026-11-28T10:15:30Z\"}");
    }

    record Stamp(Instant at, String note) {
    }

    private ConsumerRecord<String, JsonNode> record(String value, Map<String, String> headers) {
        ConsumerRecord<String, JsonNode> record = new ConsumerRecord<>("volunteer.events", 2, 42, "p1",
                value == null ? null : json.tree(value));
        headers.forEach((name, header) -> record.headers().add(new RecordHeader(name,
                header.getBytes(StandardCharsets.UTF_8))));
        return record;
    }
}
