package fr.heurecivique.identity.rgpd;

import fr.heurecivique.defaults.security.Access;
import fr.heurecivique.defaults.security.ResourceServerAutoConfiguration;
import fr.heurecivique.identity.accounts.Account;
import fr.heurecivique.identity.accounts.AccountRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * What identity-service holds about a volunteer, for their RGPD export (volunteer-service gathers it): their account —
 * email, roles, when it was created, when the password was last chosen (never the hash). Internal API: a service token
 * only ({@code Access.internalService()}), on its own stateless chain, never routed by the gateway.
 */
@RestController
class InternalVolunteerAccountController {

    private final AccountRepository accounts;

    InternalVolunteerAccountController(AccountRepository accounts) {
        this.accounts = accounts;
    }

    record VolunteerAccount(String email, List<String> roles, boolean enabled, Instant createdAt,
            Instant passwordChangedAt) {
    }

    record VolunteerAccounts(String volunteerId, List<VolunteerAccount> accounts) {
    }

    @GetMapping("/internal/volunteers/{id}/account")
    VolunteerAccounts ofVolunteer(@PathVariable String id) {
        return new VolunteerAccounts(id, accounts.findByVolunteerId(id).stream()
                .map(InternalVolunteerAccountController::view).toList());
    }

    private static VolunteerAccount view(Account account) {
        return new VolunteerAccount(account.email(), account.roles().stream().map(Enum::name).sorted().toList(),
                account.enabled(), account.createdAt(), account.passwordChangedAt());
    }

    /** The internal API's chain: service tokens only, before the sign-in pages' chain. */
    @Configuration(proxyBeanMethods = false)
    static class InternalApiSecurity {

        @Bean
        @Order(2)
        SecurityFilterChain internalChain(HttpSecurity http, JwtDecoder decoder, JwtAuthenticationConverter converter)
                throws Exception {
            http.securityMatcher("/internal/**").authorizeHttpRequests(authorize -> authorize
                    .requestMatchers(HttpMethod.GET, "/internal/volunteers/{id}/account")
                    .access(Access.internalService())
                    .anyRequest().denyAll());
            return ResourceServerAutoConfiguration.statelessResourceServer(http, decoder, converter).build();
        }
    }
}
