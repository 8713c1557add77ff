package fr.heurecivique.matching.security;

import fr.heurecivique.defaults.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import static fr.heurecivique.defaults.security.Access.internalService;
import static fr.heurecivique.defaults.security.Access.roles;
import static fr.heurecivique.defaults.security.Access.volunteerInPath;
import static fr.heurecivique.defaults.security.Role.ADMIN;
import static fr.heurecivique.defaults.security.Role.COORDINATOR;
import static fr.heurecivique.defaults.security.Role.REFERENT;
import static fr.heurecivique.defaults.security.Role.VOLUNTEER;

/**
 * Who may call each endpoint of matching-service — the one place (docs/security.md; the rows of
 * {@code authorization-matrix.csv} test it). Anything not listed is refused. A need's commune is in the need, a
 * match's volunteer in the match: the controllers check those ({@code MatchAccess}, {@code SuggestionController}).
 */
@Configuration(proxyBeanMethods = false)
class AccessRulesConfiguration {

    @Bean
    AccessRules accessRules() {
        return rules -> rules
                // Public: the answer links of a proposal (their signed token is the credential), the hours figures.
                .requestMatchers("/api/matches/answer").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/stats").permitAll()
                // The detailed figures, month by month: the Département's staff and coordinators.
                .requestMatchers(HttpMethod.GET, "/api/stats/months").access(roles(COORDINATOR, ADMIN))
                // Suggestions and proposals: the need's commune's referents (checked on the need), coordinators.
                .requestMatchers(HttpMethod.GET, "/api/needs/{id}/suggestions")
                        .access(roles(REFERENT, COORDINATOR, ADMIN))
                .requestMatchers(HttpMethod.POST, "/api/matches").access(roles(REFERENT, COORDINATOR))
                // A volunteer's own matches, from their token's volunteer_id (no id to send).
                .requestMatchers(HttpMethod.GET, "/api/matches/mine").access(roles(VOLUNTEER))
                // A match: its volunteer, or the need's commune (checked on the match, MatchAccess).
                .requestMatchers(HttpMethod.GET, "/api/matches", "/api/matches/{id}", "/api/needs/{id}/matches")
                        .access(roles(VOLUNTEER, REFERENT, COORDINATOR, ADMIN))
                .requestMatchers(HttpMethod.GET, "/api/volunteers/{id}/matches")
                        .access(volunteerInPath("id").or(roles(REFERENT, COORDINATOR, ADMIN)))
                .requestMatchers(HttpMethod.POST, "/api/matches/{id}/accept", "/api/matches/{id}/decline",
                        "/api/matches/{id}/cancel").access(roles(VOLUNTEER, REFERENT, COORDINATOR))
                .requestMatchers(HttpMethod.POST, "/api/matches/{id}/complete", "/api/matches/{id}/no-show")
                        .access(roles(REFERENT, COORDINATOR))
                // What matching holds about a volunteer, for their RGPD export (volunteer-service's service token).
                .requestMatchers(HttpMethod.GET, "/internal/volunteers/{id}/matches").access(internalService())
                // The volunteer's own hours.
                .requestMatchers(HttpMethod.GET, "/api/volunteers/{id}/hours")
                        .access(volunteerInPath("id").or(roles(COORDINATOR, ADMIN)));
    }
}
