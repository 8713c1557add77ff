package fr.heurecivique.defaults.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.validation.Validator;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import java.util.List;

/**
 * Every service's OpenAPI description ({@code /v3/api-docs}) names the service, points "try it out" at the gateway
 * (clients reach the services only through it) and declares the bearer-token scheme of the platform's identity
 * provider. The gateway's Swagger UI shows them all. Every operation lists its error answers ({@link ErrorAnswers}),
 * as problem details ({@code Problem}).
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class ApiDocsAutoConfiguration {

    public static final String BEARER_SCHEME = "bearer-jwt";

    @Bean
    OpenApiCustomizer heureCiviqueApiDescription(@Value("${spring.application.name}") String service,
            @Value("${heure-civique.links.base-url:http://localhost:8080}") String gatewayUrl) {
        return openApi -> {
            openApi.info(new Info().title("L’Heure Civique — " + service).version("v1")
                    .description("API de " + service + " (à appeler au travers de la passerelle). Erreurs au format "
                            + "RFC 9457 application/problem+json, en français."));
            openApi.servers(List.of(new Server().url(gatewayUrl).description("Passerelle (gateway)")));
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            components.addSchemas(ErrorAnswers.PROBLEM_SCHEMA, ErrorAnswers.problemSchema());
            components.addSchemas(ErrorAnswers.FIELD_PROBLEM_SCHEMA, ErrorAnswers.fieldProblemSchema());
            openApi.components(components.addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                    .description("Jeton d’accès OpenID Connect du fournisseur d’identité de la plateforme")));
        };
    }

    /** The error answers of each operation, from the security rules and the problem handlers. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass({ SecurityFilterChain.class, RequestMappingHandlerMapping.class, Validator.class })
    static class ErrorAnswersConfiguration {

        @Bean
        OperationCustomizer heureCiviqueErrorAnswers(ObjectProvider<RequestMappingHandlerMapping> handlerMappings,
                ObjectProvider<SecurityFilterChain> chains, ObjectProvider<Validator> validator) {
            return new ErrorAnswers(new OpenAccess(handlerMappings, chains), validator);
        }
    }
}
