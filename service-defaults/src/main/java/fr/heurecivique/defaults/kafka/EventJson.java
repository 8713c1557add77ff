package fr.heurecivique.defaults.kafka;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.heurecivique.contracts.EventType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of event data, the same in every service: ISO-8601 instants, absent rather than null fields,
 * and a tolerant reader that ignores fields it does not know (within a version, producers only add fields).
 */
public final class EventJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // An absent flag or number reads as false / 0 (Jackson 3 would refuse it): the schemas, checked on
            // the producers' side, say which fields must be there.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    public String write(Object data) {
        return mapper.writeValueAsString(data);
    }

    public JsonNode tree(String json) {
        return mapper.readTree(json);
    }

    /** Reads a consumed record as an event; a record without the CloudEvents headers is rejected. */
    public IncomingEvent read(ConsumerRecord<String, ?> record) {
        return IncomingEvent.from(record, this);
    }

    <T> T convert(JsonNode data, EventType<T> type) {
        try {
            return mapper.treeToValue(data, type.dataType());
        } catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidEventException("Data of a " + type.name() + " event does not match its contract: "
                    + e.getClass().getSimpleName(), e);
        }
    }
}
