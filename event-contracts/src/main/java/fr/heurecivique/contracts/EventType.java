package fr.heurecivique.contracts;

/**
 * One event type of the catalogue: its stable logical name (the CloudEvents {@code type}, never a Java
 * class name), the topic it travels on and the record that holds its data.
 *
 * @param name        e.g. {@code fr.heurecivique.volunteer.registered.v1}
 * @param topic       the topic of the aggregate that publishes it
 * @param dataType    the record carrying the event data
 * @param <T>         the data type
 */
public record EventType<T>(String name, Topic topic, Class<T> dataType) {

    /** Classpath location of the JSON Schema that the event data conforms to. */
    public String schemaResource() {
        return "/fr/heurecivique/contracts/schemas/" + name + ".json";
    }
}
