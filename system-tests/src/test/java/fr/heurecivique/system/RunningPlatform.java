package fr.heurecivique.system;

import fr.heurecivique.localstack.LocalStack;
import fr.heurecivique.localstack.Ports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform, started once for all the system tests of the JVM exactly as {@code ./heure-civique up} starts
 * it (embedded Kafka, MongoDB and SMTP; each service its own process from its packaged jar, on free ports), and a
 * small HTTP client that reaches it through the gateway only, as any client would.
 */
final class RunningPlatform {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static RunningPlatform instance;

    private final LocalStack.Options options;
    private LocalStack stack;

    private RunningPlatform(LocalStack.Options options) {
        this.options = options;
        this.stack = LocalStack.start(options);
    }

    static synchronized RunningPlatform get() {
        if (instance == null) {
            Map<String, String> environment = new HashMap<>(System.getenv());
            environment.keySet().removeAll(List.of("MONGODB_URI", "KAFKA_BOOTSTRAP_SERVERS", "SMTP_HOST", "SMTP_PORT"));
            try {
                Path data = Files.createTempDirectory("heure-civique-system-test");
                instance = new RunningPlatform(new LocalStack.Options(
                        Path.of(System.getProperty("heure-civique.home")).toAbsolutePath().normalize(), data,
                        Ports.free(), environment, LocalStack.Options.LEAN_JVM, Duration.ofSeconds(240),
                        System.out));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> instance.stack.close(), "platform-shutdown"));
        }
        return instance;
    }

    LocalStack stack() {
        return stack;
    }

    /** Stops every service and the infrastructure, then starts them again on the same data. */
    synchronized void restart() {
        stack.close();
        stack = LocalStack.start(options);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).DELETE());
    }

    /** The ports of the running platform (its embedded Kafka and MongoDB, for tests that look behind the API). */
    Ports ports() {
        return options.ports();
    }

    /** An absolute URL as is, a path through the gateway. */
    private String url(String pathOrUrl) {
        return pathOrUrl.startsWith("http") ? pathOrUrl : stack.gatewayUrl() + pathOrUrl;
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static List<JsonNode> elements(HttpResponse<String> response) {
        List<JsonNode> elements = new ArrayList<>();
        json(response).forEach(elements::add);
        return elements;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
