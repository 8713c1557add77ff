package fr.heurecivique.defaults.apidocs;

import fr.heurecivique.testsupport.PlatformIntegrationTest;
import fr.heurecivique.testsupport.ServiceScenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each operation of the test service's OpenAPI description lists the problem+json answers it can give, derived from
 * its security rules ({@code TestAccessRules}), its path, its method and its body's constraints.
 */
@PlatformIntegrationTest
class ErrorAnswersIT extends ServiceScenarios {

    private JsonNode paths;

    @BeforeEach
    void description() {
        paths = json(anonymous().get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).get("paths");
    }

    @Test
    void aProtectedEndpointWithoutInputCanAnswer401403And429Only() {
        assertThat(errorStatuses("/test/security/staff", "get")).containsExactly("401", "403", "429");
        JsonNode unauthenticated = paths.get("/test/security/staff").get("get").get("responses").get("401")
                .get("content").get("application/problem+json");
        assertThat(unauthenticated.get("schema").get("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(unauthenticated.get("examples").get("sans jeton").get("value").get("title").asString())
                .isEqualTo("Authentification requise");
        assertThat(paths.get("/test/security/staff").get("get").get("responses").get("429").get("headers")
                .has("Retry-After")).isTrue();
    }

    @Test
    void anOpenEndpointNamingAResourceCanAnswer400404And429ButNot401() {
        assertThat(errorStatuses("/test/parcels/{id}", "get")).containsExactly("400", "404", "429");
        assertThat(errorStatuses("/test/parcels/{id}/return", "post")).containsExactly("400", "404", "409", "429");
    }

    @Test
    void aRuleOnAPathVariableIsAskedWithASampleOfIt() {
        assertThat(errorStatuses("/test/security/communes/{insee}", "get")).contains("401", "403");
        assertThat(errorStatuses("/test/security/in-the-service/{insee}", "get")).contains("401", "403", "404");
    }

    @Test
    void aBodyGets400WithItsFieldsAndTheValidatorsFrenchMessages413And409() {
        assertThat(errorStatuses("/test/parcels", "post")).containsExactly("400", "409", "413", "429");
        JsonNode examples = paths.get("/test/parcels").get("post").get("responses").get("400").get("content")
                .get("application/problem+json").get("examples");
        JsonNode fields = examples.get("données invalides").get("value");
        assertThat(fields.get("title").asString()).isEqualTo("Requête invalide");
        List<String> errors = new ArrayList<>();
        fields.get("errors").forEach(error -> errors.add(error.get("field").asString() + ": "
                + error.get("message").asString()));
        // The same messages as the service's answer to such a body (ProblemDetailsIT).
        assertThat(errors).contains("contact: doit être une adresse électronique syntaxiquement correcte",
                "destination: ne doit pas être vide");
        assertThat(errors).anyMatch(error -> error.startsWith("weight: "));
        assertThat(examples.get("corps illisible").get("value").get("title").asString())
                .isEqualTo("Corps de requête illisible");
    }

    @Test
    void theProblemSchemaIsInTheComponents() {
        JsonNode schemas = json(anonymous().get().uri("/v3/api-docs").exchange().expectBody(String.class)
                .returnResult().getResponseBody()).get("components").get("schemas");
        assertThat(schemas.get("Problem").get("properties").has("errors")).isTrue();
        assertThat(schemas.get("FieldProblem").get("required")).hasSize(2);
    }

    private List<String> errorStatuses(String path, String method) {
        JsonNode operation = paths.get(path).get(method);
        assertThat(operation).as(method + " " + path).isNotNull();
        List<String> statuses = new ArrayList<>();
        operation.get("responses").propertyNames().forEach(status -> {
            if (status.startsWith("4")) {
                statuses.add(status);
            }
        });
        return statuses.stream().sorted().toList();
    }
}
