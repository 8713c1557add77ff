package fr.heurecivique.defaults.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** French problem details for every servlet service (replaces Boot's default problem-details handler). */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration", afterName = 
        "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebDefaultsAutoConfiguration {

    @Bean
    ResponseEntityExceptionHandler problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /** Request bodies over {@code heure-civique.web.max-request-size} (default 1 MB) are refused with 413. */
    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            @Value("${heure-civique.web.max-request-size:1MB}") DataSize maxRequestSize) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(maxRequestSize.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }

    @Bean
    @ConditionalOnBean(Tracer.class)
    TraceIdProblemAdvice traceIdProblemAdvice(Tracer tracer) {
        return new TraceIdProblemAdvice(tracer);
    }
}
