package fr.heurecivique.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue and its schemas agree: each event type has a stable logical name, a JSON Schema, and a record whose
 * fields are exactly what the schema describes (so that a producer cannot add a field the schema does not know, nor
 * the schema require one the record cannot carry).
 */
class EventCatalogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SCHEMAS = "/fr/heurecivique/contracts/schemas/";
    static final List<EventType<?>> TYPES = EventCatalog.ALL;

    @ParameterizedTest
    @FieldSource("TYPES")
    void hasAStableLogicalNameAndItsAggregatesTopic(EventType<?> type) {
        assertThat(type.name()).matches("fr\\.heurecivique\\.[a-z]+\\.[a-z-]+\\.v[1-9][0-9]*");
        assertThat(type.name()).doesNotContain(type.dataType().getSimpleName());
        String aggregate = type.name().split("\\.")[2];
        assertThat(type.topic().name()).isEqualTo(aggregate + ".events");
        assertThat(EventCatalog.byName(type.name())).contains(type);
    }

    @ParameterizedTest
    @FieldSource("TYPES")
    void hasASchemaThatDescribesItsRecordExactly(EventType<?> type) {
        JsonNode schema = schema(type.schemaResource());
        assertThat(schema.get("$id").asString()).isEqualTo("https://heure-civique.fr/schemas/" + type.name() + ".json");
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("title").asString()).isEqualTo(type.dataType().getSimpleName());
        assertMatches(type.dataType(), schema, type.name());
    }

    @Test
    void topicsAreUniqueAndOnlyTheStateCarryingOnesAreCompacted() {
        Set<String> names = new HashSet<>();
        Topics.ALL.forEach(topic -> assertThat(names.add(topic.name())).isTrue());
        // Every volunteer event and every need event carries the aggregate's whole state: the latest one suffices.
        assertThat(Topics.ALL).filteredOn(Topic::compacted).containsExactly(Topics.VOLUNTEER_EVENTS,
                Topics.NEED_EVENTS);
        assertThat(Topics.VOLUNTEER_EVENTS.deadLetterName()).isEqualTo("volunteer.events-dlt");
    }

    @Test
    void everyVolunteerEventButTheErasureCarriesTheVolunteersWholeState() {
        assertThat(TYPES).filteredOn(type -> type.topic().equals(Topics.VOLUNTEER_EVENTS))
                .allSatisfy(type -> assertThat(
                        fr.heurecivique.contracts.volunteer.VolunteerStateEvent.class.isAssignableFrom(type.dataType()))
                        .as(type.name()).isEqualTo(type != EventCatalog.VOLUNTEER_ERASED))
                .hasSizeGreaterThan(8);
        assertThat(fr.heurecivique.contracts.volunteer.VolunteerErased.class.getRecordComponents())
                .extracting(java.lang.reflect.RecordComponent::getName).containsExactly("volunteerId", "erasedAt");
    }

    @Test
    void everyNeedEventCarriesTheNeedsWholeStateAndEveryMatchEventTheMatchAndItsNeed() {
        assertThat(TYPES).filteredOn(type -> type.topic().equals(Topics.NEED_EVENTS))
                .allSatisfy(type -> assertThat(fr.heurecivique.contracts.need.NeedStateEvent.class
                        .isAssignableFrom(type.dataType())).as(type.name()).isTrue())
                .hasSize(7);
        assertThat(TYPES).filteredOn(type -> type.topic().equals(Topics.MATCH_EVENTS))
                .allSatisfy(type -> assertThat(fr.heurecivique.contracts.match.MatchEvent.class
                        .isAssignableFrom(type.dataType())).as(type.name()).isTrue())
                .hasSize(8);
    }

    private static void assertMatches(Class<?> record, JsonNode schema, String where) {
        assertThat(record.isRecord()).as(where + " is a record").isTrue();
        List<String> components = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            components.add(component.getName());
            JsonNode property = schema.get("properties").get(component.getName());
            assertThat(property).as(where + "." + component.getName() + " is in the schema").isNotNull();
            if (property.has("$ref")) {
                property = schema(SCHEMAS + property.get("$ref").asString());
            }
            if (component.getType().isRecord()) {
                assertMatches(component.getType(), property, where + "." + component.getName());
            }
        }
        List<String> properties = new ArrayList<>(schema.get("properties").propertyNames());
        assertThat(properties).as(where + ": schema properties").containsExactlyInAnyOrderElementsOf(components);
        if (schema.has("required")) {
            schema.get("required").forEach(required -> assertThat(components)
                    .as(where + " requires " + required.asString()).contains(required.asString()));
        }
    }

    private static JsonNode schema(String resource) {
        try (InputStream in = EventCatalogTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("schema " + resource).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
