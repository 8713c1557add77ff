package fr.heurecivique.defaults.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The one place where a service says who may call each of its endpoints. The shared security configuration applies
 * these rules after the public operational endpoints (health, API docs) and then refuses everything else: an
 * endpoint without a rule is closed to everyone, and the service's authorisation matrix test fails until it has its
 * row.
 *
 * <pre>{@code
 * @Bean
 * AccessRules accessRules() {
 *     return rules -> rules
 *             .requestMatchers(HttpMethod.POST, "/api/volunteers").permitAll()
 *             .requestMatchers(HttpMethod.GET, "/api/volunteers/{id}")
 *                     .access(Access.volunteerInPath("id").or(Access.roles(Role.COORDINATOR, Role.ADMIN)));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface AccessRules {

    void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
