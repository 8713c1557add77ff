package fr.heurecivique.volunteer.security;

import fr.heurecivique.defaults.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import static fr.heurecivique.defaults.security.Access.referentOfQueryCommune;
import static fr.heurecivique.defaults.security.Access.roles;
import static fr.heurecivique.defaults.security.Access.volunteerInPath;
import static fr.heurecivique.defaults.security.Role.ADMIN;
import static fr.heurecivique.defaults.security.Role.COORDINATOR;
import static fr.heurecivique.defaults.security.Role.VOLUNTEER;

/**
 * Who may call each endpoint of volunteer-service — the one place (docs/security.md; the rows of
 * {@code authorization-matrix.csv} test it). Anything not listed is refused. A volunteer acts on their own record
 * only ({@code volunteer_id} claim); referents read their own communes' rosters ({@code communes} claim);
 * coordinators run onboarding and read every roster; admins read.
 */
@Configuration(proxyBeanMethods = false)
class AccessRulesConfiguration {

    @Bean
    AccessRules accessRules() {
        return rules -> rules
                // Public: sign-up, the figures, the preferences page (its signed link is the credential).
                .requestMatchers(HttpMethod.POST, "/api/volunteers").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/volunteers/figures").permitAll()
                .requestMatchers("/api/volunteers/preferences").permitAll()
                // The import of a Département's spreadsheet (the web client's /gestion/import): coordinators.
                .requestMatchers(HttpMethod.POST, "/api/volunteers/imports").access(roles(COORDINATOR))
                // The roster of a commune (JSON or CSV for the town hall).
                .requestMatchers(HttpMethod.GET, "/api/volunteers")
                        .access(referentOfQueryCommune("commune").or(roles(COORDINATOR, ADMIN)))
                // The coordinators' search across communes (by status, commune, onboarding step, partner).
                .requestMatchers(HttpMethod.GET, "/api/volunteers/search").access(roles(COORDINATOR, ADMIN))
                // The volunteer's own record.
                .requestMatchers(HttpMethod.GET, "/api/volunteers/{id}", "/api/volunteers/{id}/export")
                        .access(volunteerInPath("id").or(roles(COORDINATOR, ADMIN)))
                .requestMatchers(HttpMethod.PATCH, "/api/volunteers/{id}")
                        .access(volunteerInPath("id").or(roles(COORDINATOR)))
                .requestMatchers(HttpMethod.DELETE, "/api/volunteers/{id}")
                        .access(volunteerInPath("id").or(roles(COORDINATOR)))
                .requestMatchers(HttpMethod.POST, "/api/volunteers/{id}/pause", "/api/volunteers/{id}/resume",
                        "/api/volunteers/{id}/withdraw")
                        .access(volunteerInPath("id").or(roles(COORDINATOR)))
                // Onboarding: coordinators; a volunteer books a session for themselves (checked on the body).
                .requestMatchers(HttpMethod.POST, "/api/volunteers/{id}/interview-appointment",
                        "/api/volunteers/{id}/interview").access(roles(COORDINATOR))
                // The sessions to come are public (the web client shows them to anyone thinking of signing up): only
                // their public fields (SessionView: no link, no participants).
                .requestMatchers(HttpMethod.GET, "/api/sessions").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/sessions").access(roles(COORDINATOR))
                .requestMatchers(HttpMethod.GET, "/api/sessions/{id}").access(roles(COORDINATOR, ADMIN))
                .requestMatchers(HttpMethod.POST, "/api/sessions/{id}/bookings")
                        .access(roles(VOLUNTEER, COORDINATOR))
                .requestMatchers(HttpMethod.POST, "/api/sessions/{id}/attendance").access(roles(COORDINATOR));
    }
}
