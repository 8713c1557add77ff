package fr.heurecivique.matching.security;

import fr.heurecivique.defaults.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import static fr.heurecivique.defaults.security.Access.roles;
import static fr.heurecivique.defaults.security.Role.ADMIN;
import static fr.heurecivique.defaults.security.Role.COORDINATOR;
import static fr.heurecivique.defaults.security.Role.REFERENT;

/**
 * Who may call each endpoint of matching-service — the one place (docs/security.md; the rows of
 * {@code authorization-matrix.csv} test it). Anything not listed is refused. A need's commune is in the need: the
 * controller checks that a referent asks about their own commune's need.
 */
@Configuration(proxyBeanMethods = false)
class AccessRulesConfiguration {

    @Bean
    AccessRules accessRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/needs/{id}/suggestions")
                        .access(roles(REFERENT, COORDINATOR, ADMIN));
    }
}
