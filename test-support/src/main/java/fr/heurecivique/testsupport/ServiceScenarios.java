package fr.heurecivique.testsupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Base of a service's integration scenarios: an HTTP client on the running service, a publisher of events as other
 * services would send them, and JSON reading; {@link #as(String)} gives a client sending a persona's token. Subclasses are annotated {@link PlatformIntegrationTest} or
 * {@link ContainersIntegrationTest}.
 */
public abstract class ServiceScenarios {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;

    protected RestTestClient client;
    protected TestEventPublisher publisher;

    @BeforeEach
    void connect() {
        client = as(defaultToken());
        publisher = new TestEventPublisher(bootstrapServers);
    }

    /**
     * The access token {@link #client} sends: the persona these scenarios play most (see {@link TestTokens}), or
     * {@code null} for an anonymous client.
     */
    protected String defaultToken() {
        return null;
    }

    /** A client on the running service that sends {@code token} ({@code null}: none). */
    protected RestTestClient as(String token) {
        RestTestClient.Builder<?> builder = RestTestClient.bindToServer().baseUrl("http://localhost:" + port);
        if (token != null) {
            builder.defaultHeader("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    /** A client without a token. */
    protected RestTestClient anonymous() {
        return as(null);
    }

    @AfterEach
    void disconnect() {
        publisher.close();
    }

    /** Captures what is published to {@code topic} from now on. */
    protected EventProbe probe(String topic) {
        return EventProbe.fromNow(bootstrapServers, topic);
    }

    protected static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    /** The elements of a JSON array. */
    protected static List<JsonNode> elements(String jsonArray) {
        List<JsonNode> elements = new ArrayList<>();
        JSON.readTree(jsonArray).forEach(elements::add);
        return elements;
    }
}
