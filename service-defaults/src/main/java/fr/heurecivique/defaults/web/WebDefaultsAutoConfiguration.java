package fr.heurecivique.defaults.web;

import io.micrometer.tracing.Tracer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/** French problem details and a bounded request size for every servlet service. */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        afterName = "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebDefaultsProperties.class)
public class WebDefaultsAutoConfiguration {

    /**
     * Replaces Boot's default problem-details handler. An application that renders pages for people (the web client)
     * sets {@code heure-civique.web.problem-details=false}: its errors are pages, not JSON.
     */
    @Bean
    @ConditionalOnProperty(name = "heure-civique.web.problem-details", havingValue = "true", matchIfMissing = true)
    ResponseEntityExceptionHandler problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /**
     * JSON of the wrong type is refused, not coerced (issue 14.11): {@code "dataProcessing": 1} is not a consent,
     * {@code "firstName": 5} not a name, {@code "maxDistanceKm": "10"} or {@code 10.5} not a whole number of km.
     * Jackson's defaults read them as {@code true}, {@code "5"} and {@code 10}; here they are a 400 naming the field
     * ({@link ProblemDetailsAdvice}). Whole numbers stay accepted where a decimal is expected ({@code 2} → 2.0).
     * Events are read by {@code EventJson}'s own mapper, not this one.
     */
    @Bean
    JsonMapperBuilderCustomizer strictJsonTypes() {
        return builder -> builder
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, config -> config
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
    }

    /** Before any filter that may read the body. */
    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(WebDefaultsProperties properties) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(properties.maxRequestSize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    @ConditionalOnBean(Tracer.class)
    @ConditionalOnProperty(name = "heure-civique.web.problem-details", havingValue = "true", matchIfMissing = true)
    TraceIdProblemAdvice traceIdProblemAdvice(Tracer tracer) {
        return new TraceIdProblemAdvice(tracer);
    }
}
