package fr.heurecivique.defaults.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * A service that has its client secret ({@code heure-civique.security.client.secret}) gets {@link ServiceClients}:
 * {@link RestClient} builders whose requests carry its own access token (client credentials, scope
 * {@code internal}), obtained and renewed by Spring Security's {@link OAuth2ClientHttpRequestInterceptor}.
 */
@AutoConfiguration
@ConditionalOnClass({ OAuth2ClientHttpRequestInterceptor.class, RestClient.class })
@ConditionalOnProperty("heure-civique.security.client.secret")
@EnableConfigurationProperties(SecurityProperties.class)
public class ServiceClientsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ServiceClients serviceClients(SecurityProperties properties) {
        return new ServiceClients(properties);
    }
}
