package fr.heurecivique.system;

import fr.heurecivique.localstack.PlatformService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.heurecivique.system.RunningPlatform.expect;
import static fr.heurecivique.system.RunningPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API contract a client generates from: the services' OpenAPI documents, as the gateway serves them, describe
 * every operation's error answers (problem+json, with examples) — and the 401s they document are the ones the services
 * give: each operation documented as needing a token is refused to an anonymous caller, each documented without one
 * lets them through.
 */
class OpenApiSystemIT {

    static final List<PlatformService> DOCUMENTED = List.of(PlatformService.VOLUNTEER, PlatformService.COMMUNE,
            PlatformService.MATCHING, PlatformService.NOTIFICATION, PlatformService.IDENTITY);
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static RunningPlatform platform;
    private static final Map<PlatformService, JsonNode> documents = new LinkedHashMap<>();

    /** One operation of a document. */
    record Operation(PlatformService service, String method, String path, JsonNode node) {

        Set<String> errorStatuses() {
            Set<String> statuses = new java.util.TreeSet<>();
            node.get("responses").propertyNames().forEach(status -> {
                if (status.startsWith("4")) {
                    statuses.add(status);
                }
            });
            return statuses;
        }

        @Override
        public String toString() {
            return service.module() + " " + method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        }
    }

    @BeforeAll
    static void theGatewaysDocuments() {
        platform = RunningPlatform.get();
        for (PlatformService service : DOCUMENTED) {
            JsonNode document = normalized(json(expect(platform.get("/v3/api-docs/" + service.module()), 200)));
            documents.put(service, document);
            write(Path.of("target", "openapi", service.module() + ".json"), document);
            if (Boolean.getBoolean("heure-civique.openapi.write")) {
                write(committed(service), document);
            }
        }
    }

    /** Where the committed document of a service is. */
    static Path committed(PlatformService service) {
        return ReadmeSystemIT.home().resolve("docs/openapi/" + service.module() + ".json");
    }

    /** The document with the gateway's default address as its server (the platform of the tests runs on others). */
    static JsonNode normalized(JsonNode document) {
        ((tools.jackson.databind.node.ObjectNode) document).set("servers", RunningPlatform.JSON.readTree(
                "[{\"url\": \"http://localhost:8080\", \"description\": \"Passerelle (gateway)\"}]"));
        return document;
    }

    private static void write(Path file, JsonNode document) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, RunningPlatform.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document)
                    + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<Operation> operations(Map<PlatformService, JsonNode> documents) {
        List<Operation> operations = new ArrayList<>();
        documents.forEach((service, document) -> document.get("paths").properties().forEach(path -> path.getValue()
                .properties().forEach(method -> {
                    if (METHODS.contains(method.getKey())) {
                        operations.add(new Operation(service, method.getKey(), path.getKey(), method.getValue()));
                    }
                })));
        return operations;
    }

    /**
     * The documents a client generates from ({@code docs/openapi/}, GeneratedClientSystemIT's) are the ones the gateway
     * serves. When an API changes, run this test with {@code -Dheure-civique.openapi.write=true} (or copy
     * {@code system-tests/target/openapi/*.json}) and commit them with the change.
     */
    @Test
    void theCommittedDocumentsAreTheOnesTheGatewayServes() throws java.io.IOException {
        for (PlatformService service : DOCUMENTED) {
            Path file = committed(service);
            JsonNode committed = Files.exists(file) ? RunningPlatform.JSON.readTree(Files.readString(file)) : null;
            assertThat(committed).as(file + " is what the gateway serves at /v3/api-docs/" + service.module()
                    + ": copy system-tests/target/openapi/" + service.module() + ".json there, or run OpenApiSystemIT"
                    + " with -Dheure-civique.openapi.write=true").isEqualTo(documents.get(service));
        }
    }

    @Test
    void everyOperationListsItsErrorAnswersAsProblemsWithExamples() {
        List<Operation> operations = operations(documents);
        assertThat(operations).hasSizeGreaterThanOrEqualTo(59);
        assertThat(operations).allSatisfy(operation -> {
            Set<String> errors = operation.errorStatuses();
            assertThat(errors).as(operation + ": every call may meet the rate limits").contains("429");
            JsonNode node = operation.node();
            boolean input = node.has("requestBody") || (node.has("parameters") && !node.get("parameters").isEmpty());
            if (input) {
                assertThat(errors).as(operation + " takes input").contains("400");
            }
            if (node.has("requestBody")) {
                assertThat(errors).as(operation + " takes a body").contains("413");
            }
            if (operation.path().contains("{")) {
                assertThat(errors).as(operation + " names a resource").contains("404");
            }
            if (!operation.method().equals("get")) {
                assertThat(errors).as(operation + " changes something").contains("409");
            }
            if (errors.contains("401")) {
                assertThat(errors).as(operation.toString()).contains("403");
            }
            for (String status : errors) {
                JsonNode problem = node.get("responses").get(status).get("content").get("application/problem+json");
                assertThat(problem).as(operation + " " + status + " is a problem+json").isNotNull();
                assertThat(problem.get("examples").isEmpty()).as(operation + " " + status + " has examples").isFalse();
                problem.get("examples").forEach(example -> assertThat(example.get("value").get("status").asInt())
                        .as(operation + " " + status).isEqualTo(Integer.parseInt(status)));
            }
        });
        // The sign-up's 400 names its fields with the messages the service gives.
        JsonNode signUp = documents.get(PlatformService.VOLUNTEER).get("paths").get("/api/volunteers").get("post")
                .get("responses").get("400").get("content").get("application/problem+json").get("examples")
                .get("données invalides").get("value").get("errors");
        assertThat(signUp.toString()).contains("\"field\":\"email\"", "\"field\":\"consents.dataProcessing\"");
    }

    @Test
    void theDocumented401sAreTheOnesTheServicesGive() {
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations(documents)) {
            boolean documented = operation.errorStatuses().contains("401");
            if (!documented && !operation.method().equals("get")) {
                continue; // an open operation that changes something is not called for nothing
            }
            String path = operation.path().replaceAll("\\{[^}]*insee[^}]*}", "17000")
                    .replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.stack()
                    .serviceUrl(operation.service()) + path)).timeout(Duration.ofSeconds(15));
            if (operation.method().equals("get")) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json")
                        .method(operation.method().toUpperCase(java.util.Locale.ROOT),
                                HttpRequest.BodyPublishers.ofString("{}"));
            }
            int status = send(request.build()).statusCode();
            if (documented != (status == 401)) {
                wrong.add(operation + ": documented " + (documented ? "" : "without ") + "401, answers " + status
                        + " to an anonymous caller");
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
