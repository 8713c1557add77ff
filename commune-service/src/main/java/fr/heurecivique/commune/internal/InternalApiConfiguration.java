package fr.heurecivique.commune.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Guards every {@code /internal/**} endpoint with {@link InternalApiGuard}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InternalApiProperties.class)
class InternalApiConfiguration implements WebMvcConfigurer {

    /** The prefix of the endpoints that only the platform's services may call. */
    static final String INTERNAL_PATHS = "/internal/**";
    private static final Logger log = LoggerFactory.getLogger(InternalApiConfiguration.class);

    private final InternalApiProperties properties;

    InternalApiConfiguration(InternalApiProperties properties) {
        this.properties = properties;
        if (!properties.enabled()) {
            log.warn("heure-civique.internal-api.token (INTERNAL_API_TOKEN) is not set: every call to /internal/** "
                    + "will be refused");
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new InternalApiGuard(properties)).addPathPatterns(INTERNAL_PATHS);
    }
}
