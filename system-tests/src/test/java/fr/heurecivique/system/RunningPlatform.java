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
import java.time.LocalDate;
import java.time.ZoneId;
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

    /**
     * Takes {@code insee} through the partnership (request, call, activation), appoints a referent and records a
     * beneficiary, as a coordinator and a referent would, so that needs can be posted there.
     *
     * @return what posting a need for a beneficiary of that commune takes
     */
    PartnerCommune partnerCommune(String insee) {
        expect(post("/api/communes/" + insee + "/partnership-requests", """
                {"firstName": "Léa", "lastName": "Fontaine", "role": "Chargée de mission",
                 "email": "mairie.%s@exemple.fr", "phone": "05 46 51 51 51"}
                """.formatted(insee)), 201);
        expect(post("/api/communes/" + insee + "/partnership/contact-call", "{\"recordedBy\": \"Sophie Bernard\"}"),
                200);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        expect(post("/api/communes/" + insee + "/partnership/activation", """
                {"recordedBy": "Sophie Bernard", "charterSignedOn": "%s", "communicationKitSentOn": "%s"}
                """.formatted(today.minusDays(1), today)), 200);
        String referentId = json(expect(post("/api/communes/" + insee + "/referents", """
                {"firstName": "Nadia", "lastName": "Lambert", "email": "referente.%s@exemple.fr",
                 "phone": "06 70 11 22 33", "role": "Agente du CCAS"}
                """.formatted(insee)), 201)).get("id").asString();
        String beneficiaryId = json(expect(post("/api/communes/" + insee + "/beneficiaries", """
                {"referentId": "%s", "firstName": "Jeanne", "lastName": "Dupuis", "phone": "05 46 00 00 01",
                 "address": "12 rue des Mouettes", "preferredContact": "PHONE_CALL", "consentToBeContacted": true}
                """.formatted(referentId)), 201)).get("id").asString();
        return new PartnerCommune(insee, referentId, beneficiaryId);
    }

    /** Posts a shopping need of the commune's beneficiary, two days from now; returns its id. */
    /**
     * Available every afternoon: the needs of the system tests are wanted from 14 to 16 h in two days, whatever the
     * day, and the matching engine only suggests volunteers available then.
     */
    static final String EVERY_AFTERNOON = java.util.Arrays.stream(java.time.DayOfWeek.values())
            .map(day -> "{\"day\": \"" + day + "\", \"period\": \"AFTERNOON\"}")
            .collect(java.util.stream.Collectors.joining(", ", "[", "]"));

    String postNeed(PartnerCommune commune, String title) {
        return json(expect(post("/api/communes/" + commune.insee() + "/needs", """
                {"referentId": "%s", "beneficiaryId": "%s", "title": "%s", "kind": "SHOPPING",
                 "description": "Faire les courses au marché pour une voisine âgée.",
                 "when": {"date": "%s", "startTime": "14:00", "endTime": "16:00"}, "durationMinutes": 60}
                """.formatted(commune.referentId(), commune.beneficiaryId(), title,
                LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(2))), 201)).get("id").asString();
    }

    /** A partner commune of the system tests, with its referent and a beneficiary. */
    record PartnerCommune(String insee, String referentId, String beneficiaryId) {
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("Expected " + status + " but got " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
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
