package fr.heurecivique.defaults.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import io.micrometer.tracing.Tracer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** French problem details for every servlet service (replaces Boot's default problem-details handler). */
@AutoConfiguration(before = WebMvcAutoConfiguration.class, afterName = 
        "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebDefaultsAutoConfiguration {

    @Bean
    ResponseEntityExceptionHandler problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    @ConditionalOnBean(Tracer.class)
    TraceIdProblemAdvice traceIdProblemAdvice(Tracer tracer) {
        return new TraceIdProblemAdvice(tracer);
    }
}
