package fr.heurecivique.web.api;

import fr.heurecivique.web.SiteProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

/**
 * The one client of the API: through the gateway ({@code GATEWAY_URL}), with the resident's address, bounded
 * timeouts, and every error answer turned into an {@link ApiProblem} (or {@link ApiUnavailableException} when no
 * answer came), so that pages show the services' own French messages.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    RestClient gatewayApi(RestClient.Builder builder, SiteProperties site) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(site.connectTimeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(site.readTimeout());
        return builder.baseUrl(site.gatewayUrl().toString())
                .requestFactory(requests)
                .requestInterceptor(new ClientAddressInterceptor())
                .requestInterceptor((request, body, execution) -> {
                    try {
                        return execution.execute(request, body);
                    } catch (IOException e) {
                        throw new ApiUnavailableException(e);
                    }
                })
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw problemOf(response);
                })
                .build();
    }

    static ApiProblem problemOf(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        String title = null;
        String detail = null;
        List<FieldProblem> errors = new ArrayList<>();
        try {
            JsonNode problem = JSON.readTree(response.getBody());
            title = text(problem, "title");
            detail = text(problem, "detail");
            JsonNode fields = problem.path("errors");
            if (fields.isArray()) {
                for (JsonNode field : fields) {
                    errors.add(new FieldProblem(text(field, "field"), text(field, "message")));
                }
            }
        } catch (RuntimeException notJson) {
            // Not a problem document (a proxy's error page): the status alone says what happened.
        }
        return new ApiProblem(status, title, detail, errors);
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isString() ? value.asString() : null;
    }
}
