package fr.heurecivique.notification.security;

import fr.heurecivique.defaults.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import static fr.heurecivique.defaults.security.Access.internalService;
import static fr.heurecivique.defaults.security.Access.roles;
import static fr.heurecivique.defaults.security.Role.ADMIN;
import static fr.heurecivique.defaults.security.Role.COORDINATOR;

/**
 * Who may call each endpoint of notification-service — the one place (docs/security.md; the rows of
 * {@code authorization-matrix.csv} test it). Anything not listed is refused. The delivery log is staff's:
 * coordinators read it and resend, admins read. Short links of SMS open for anyone who holds one.
 */
@Configuration(proxyBeanMethods = false)
class AccessRulesConfiguration {

    @Bean
    AccessRules accessRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/notifications", "/api/notifications/{id}")
                        .access(roles(COORDINATOR, ADMIN))
                .requestMatchers(HttpMethod.POST, "/api/notifications/{id}/resend").access(roles(COORDINATOR))
                // An SMS's short link: the token is the key, like the signed link it leads to.
                .requestMatchers(HttpMethod.GET, "/l/{token}").permitAll()
                // A volunteer's deliveries for their RGPD export (volunteer-service's service token).
                .requestMatchers(HttpMethod.GET, "/internal/volunteers/{id}/deliveries")
                        .access(internalService());
    }
}
