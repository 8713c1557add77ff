package fr.heurecivique.defaults.web;

import io.micrometer.tracing.Tracer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

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
