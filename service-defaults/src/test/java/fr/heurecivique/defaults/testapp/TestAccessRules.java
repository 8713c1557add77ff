package fr.heurecivique.defaults.testapp;

import fr.heurecivique.defaults.security.Access;
import fr.heurecivique.defaults.security.AccessRules;
import fr.heurecivique.defaults.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The backbone's test endpoints are open, but for the ones that exercise the shared security. */
@Configuration(proxyBeanMethods = false)
class TestAccessRules {

    @Bean
    AccessRules accessRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/test/security/staff").access(Access.roles(Role.COORDINATOR))
                .requestMatchers(HttpMethod.GET, "/test/security/communes/{insee}")
                        .access(Access.referentOfPathCommune("insee").or(Access.roles(Role.ADMIN)))
                .requestMatchers(HttpMethod.GET, "/test/security/internal").access(Access.internalService())
                .requestMatchers(HttpMethod.GET, "/test/security/in-the-service/{insee}").authenticated()
                .requestMatchers("/test/security/**").denyAll()
                .requestMatchers("/test/**").permitAll();
    }
}
