package fr.heurecivique.testsupport;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.EventType;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Validates event data against the JSON Schema of its type, as kept in the event-contracts module. Producers'
 * tests run what their service actually published through it.
 */
public final class EventSchemas {

    private static final String SCHEMA_BASE = "https://heure-civique.fr/schemas/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaIdResolvers(resolvers -> resolvers.mapPrefix(SCHEMA_BASE,
                            "classpath:fr/heurecivique/contracts/schemas/"))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private EventSchemas() {
    }

    /** The violations of {@code json} against the schema of event type {@code typeName}; empty when valid. */
    public static List<String> violations(String typeName, String json) {
        EventType<?> type = EventCatalog.byName(typeName)
                .orElseThrow(() -> new AssertionError("Unknown event type " + typeName + ": not in the EventCatalog"));
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_BASE + type.name() + ".json"));
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** Fails with the list of violations unless {@code json} is valid data for the event type. */
    public static void assertValid(String typeName, String json) {
        List<String> violations = violations(typeName, json);
        if (!violations.isEmpty()) {
            throw new AssertionError("Data of " + typeName + " does not match its schema:\n  "
                    + violations.stream().collect(Collectors.joining("\n  ")));
        }
    }
}
