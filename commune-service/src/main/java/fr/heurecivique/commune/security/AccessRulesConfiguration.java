package fr.heurecivique.commune.security;

import fr.heurecivique.defaults.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import static fr.heurecivique.defaults.security.Access.internalService;
import static fr.heurecivique.defaults.security.Access.referentOfPathCommune;
import static fr.heurecivique.defaults.security.Access.roles;
import static fr.heurecivique.defaults.security.Role.ADMIN;
import static fr.heurecivique.defaults.security.Role.COORDINATOR;
import static fr.heurecivique.defaults.security.Role.REFERENT;

/**
 * Who may call each endpoint of commune-service — the one place (docs/security.md; the rows of
 * {@code authorization-matrix.csv} test it). Anything not listed is refused.
 *
 * <ul>
 * <li>public: the commune search and detail, the figures, the partnership request;</li>
 * <li>coordinators: the partnership steps and history, appointing and removing referents, and with the referents
 * of the commune its associations and needs;</li>
 * <li>the referents of the commune only ({@code communes} claim): its beneficiaries — coordinators never see them;
 * admins read them (audited);</li>
 * <li>admins read everything else too;</li>
 * <li>a need's commune is in the need, not in {@code /api/needs/{id}}: the rule lets referents in, and
 * {@code Needs} checks the commune ({@code Caller.require});</li>
 * <li>{@code /internal/**} (never routed by the gateway): the platform's services, scope {@code internal}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class AccessRulesConfiguration {

    @Bean
    AccessRules accessRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/communes", "/api/communes/figures", "/api/communes/map",
                        "/api/communes/{insee}",
                        "/api/communes/{insee}/figures", "/api/communes/{insee}/needs-to-come").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/communes/{insee}/partnership-requests").permitAll()
                // Partnership and referents: coordinators; so is the import of a Département's partner communes.
                .requestMatchers(HttpMethod.POST, "/api/communes/partnership-imports").access(roles(COORDINATOR))
                .requestMatchers(HttpMethod.GET, "/api/communes/{insee}/partnership").access(roles(COORDINATOR, ADMIN))
                .requestMatchers(HttpMethod.POST, "/api/communes/{insee}/partnership/**").access(roles(COORDINATOR))
                .requestMatchers(HttpMethod.POST, "/api/communes/{insee}/referents").access(roles(COORDINATOR))
                .requestMatchers(HttpMethod.DELETE, "/api/communes/{insee}/referents/{referentId}")
                        .access(roles(COORDINATOR))
                .requestMatchers(HttpMethod.GET, "/api/communes/{insee}/referents",
                        "/api/communes/{insee}/referents/{referentId}")
                        .access(referentOfPathCommune("insee").or(roles(COORDINATOR, ADMIN)))
                // Associations: the commune's referents and coordinators.
                .requestMatchers(HttpMethod.POST, "/api/communes/{insee}/associations")
                        .access(referentOfPathCommune("insee").or(roles(COORDINATOR)))
                .requestMatchers(HttpMethod.GET, "/api/communes/{insee}/associations",
                        "/api/communes/{insee}/associations/{id}")
                        .access(referentOfPathCommune("insee").or(roles(COORDINATOR, ADMIN)))
                // Beneficiaries: private to the commune's referents; admins read.
                .requestMatchers(HttpMethod.GET, "/api/communes/{insee}/beneficiaries",
                        "/api/communes/{insee}/beneficiaries/{id}")
                        .access(referentOfPathCommune("insee").or(roles(ADMIN)))
                .requestMatchers("/api/communes/{insee}/beneficiaries", "/api/communes/{insee}/beneficiaries/{id}")
                        .access(referentOfPathCommune("insee"))
                // Needs.
                .requestMatchers(HttpMethod.POST, "/api/communes/{insee}/needs")
                        .access(referentOfPathCommune("insee").or(roles(COORDINATOR)))
                .requestMatchers(HttpMethod.GET, "/api/needs", "/api/needs/{id}")
                        .access(roles(REFERENT, COORDINATOR, ADMIN))
                .requestMatchers(HttpMethod.PATCH, "/api/needs/{id}").access(roles(REFERENT, COORDINATOR))
                .requestMatchers(HttpMethod.POST, "/api/needs/{id}/cancel").access(roles(REFERENT, COORDINATOR))
                // The platform's services.
                .requestMatchers(HttpMethod.GET, "/internal/beneficiaries/{id}/contact",
                        "/internal/associations/{id}/contact").access(internalService());
    }
}
