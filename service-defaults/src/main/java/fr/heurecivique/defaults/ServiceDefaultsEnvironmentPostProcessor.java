package fr.heurecivique.defaults;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The platform's default settings, shared by every service: where the infrastructure is (overridden by
 * the {@code MONGODB_URI}, {@code KAFKA_BOOTSTRAP_SERVERS}, {@code SMTP_HOST}/{@code SMTP_PORT} environment
 * variables), Kafka serialisation and producer guarantees, actuator exposure, French problem details.
 *
 * <p>Added last, so a service's own {@code application.yml}, the environment and the command line all win.
 */
public class ServiceDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE_NAME = "heureCiviqueServiceDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = defaults();
        // Each service's client secret comes from its own variable, named after the service:
        // NOTIFICATION_SERVICE_CLIENT_SECRET for notification-service (the names identity-service registers).
        String name = environment.getProperty("spring.application.name");
        if (name != null && !name.isBlank()) {
            String variable = clientSecretVariable(name);
            String secret = environment.getProperty(variable);
            if (secret != null && !secret.isBlank()) {
                defaults.put("heure-civique.security.client.secret", "${" + variable + "}");
            }
        }
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults));
    }

    /** {@code notification-service} → {@code NOTIFICATION_SERVICE_CLIENT_SECRET}. */
    static String clientSecretVariable(String application) {
        return application.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_CLIENT_SECRET";
    }

    static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        // Infrastructure: the embedded default's addresses unless the environment says otherwise.
        defaults.put("spring.mongodb.uri", "${MONGODB_URI:mongodb://localhost:27017}");
        defaults.put("spring.data.mongodb.auto-index-creation", "true");
        defaults.put("spring.kafka.bootstrap-servers", "${KAFKA_BOOTSTRAP_SERVERS:localhost:9092}");
        defaults.put("spring.mail.host", "${SMTP_HOST:localhost}");
        defaults.put("spring.mail.port", "${SMTP_PORT:2525}");

        // Consumers: one group per service; JSON values read as trees, poison records caught by the
        // ErrorHandlingDeserializer so that they reach the dead-letter topic instead of blocking a partition.
        defaults.put("spring.kafka.consumer.group-id", "${spring.application.name}");
        defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        defaults.put("spring.kafka.consumer.key-deserializer",
                "org.apache.kafka.common.serialization.StringDeserializer");
        defaults.put("spring.kafka.consumer.value-deserializer",
                "org.springframework.kafka.support.serializer.ErrorHandlingDeserializer");
        defaults.put("spring.kafka.consumer.properties.spring.deserializer.value.delegate.class",
                "org.springframework.kafka.support.serializer.JacksonJsonDeserializer");
        defaults.put("spring.kafka.consumer.properties.spring.json.value.default.type",
                "tools.jackson.databind.JsonNode");
        defaults.put("spring.kafka.consumer.properties.spring.json.use.type.headers", "false");
        defaults.put("spring.kafka.consumer.properties.allow.auto.create.topics", "false");
        defaults.put("spring.kafka.listener.observation-enabled", "true");
        // Topics are declared by TopicsInitializer, which keeps trying while the broker is unreachable.
        defaults.put("spring.kafka.admin.auto-create", "false");
        defaults.put("spring.kafka.admin.operation-timeout", "10s");

        // Producers (the outbox relay): idempotent, acknowledged by all in-sync replicas, bounded blocking.
        defaults.put("spring.kafka.producer.key-serializer", "org.apache.kafka.common.serialization.StringSerializer");
        defaults.put("spring.kafka.producer.value-serializer",
                "org.apache.kafka.common.serialization.StringSerializer");
        defaults.put("spring.kafka.producer.acks", "all");
        defaults.put("spring.kafka.producer.properties.enable.idempotence", "true");
        defaults.put("spring.kafka.producer.properties.max.in.flight.requests.per.connection", "5");
        defaults.put("spring.kafka.producer.properties.max.block.ms", "5000");
        defaults.put("spring.kafka.producer.properties.request.timeout.ms", "10000");
        defaults.put("spring.kafka.producer.properties.delivery.timeout.ms", "20000");
        defaults.put("spring.kafka.producer.properties.linger.ms", "5");
        // The outbox relay publishes later, in its own thread: it sets the traceparent recorded with each event
        // itself, so the template must not start a new trace of its own.
        defaults.put("spring.kafka.template.observation-enabled", "false");

        // Tracing: W3C trace context through the gateway, the services and Kafka; the trace id in every log line.
        defaults.put("management.tracing.sampling.probability", "1.0");
        defaults.put("management.tracing.propagation.type", "w3c");

        // Operations: liveness/readiness probes and Prometheus metrics on every service.
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("server.shutdown", "graceful");
        // Behind the gateway: links (Location headers) use the address the client called.
        defaults.put("server.forward-headers-strategy", "framework");
        defaults.put("spring.lifecycle.timeout-per-shutdown-phase", "20s");

        // Access tokens: the provider's keys and issuer (docs/security.md); the embedded default's unless set.
        defaults.put("heure-civique.security.issuer", "${OIDC_ISSUER_URI:http://localhost:9000}");
        defaults.put("heure-civique.security.jwk-set-uri", "${OIDC_JWK_SET_URI:http://localhost:9000/oauth2/jwks}");
        defaults.put("heure-civique.security.client.id", "${spring.application.name:}");
        defaults.put("heure-civique.security.client.token-uri",
                "${OIDC_TOKEN_URI:${heure-civique.security.issuer}/oauth2/token}");

        // Errors as RFC 9457 problem details, in French: people read them.
        defaults.put("spring.mvc.problemdetails.enabled", "true");
        defaults.put("spring.messages.basename", "heure-civique/problems");
        defaults.put("spring.messages.fallback-to-system-locale", "false");
        defaults.put("spring.web.locale", "fr_FR");
        defaults.put("spring.web.locale-resolver", "fixed");
        return defaults;
    }
}
