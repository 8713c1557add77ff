package fr.heurecivique.identity.security;

import fr.heurecivique.defaults.security.ResourceServerAutoConfiguration;
import fr.heurecivique.identity.IdentityProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.io.IOException;
import java.util.Set;

/**
 * Three filter chains, in order:
 * <ol>
 * <li>the OpenID Connect provider's endpoints (authorize, token, JWK set, discovery, user info, logout): a browser
 * that is not signed in is sent to the French sign-in page;</li>
 * <li>the account API ({@code /api/**}): a resource server on this issuer's own tokens, roles from the {@code roles}
 * claim, stateless, French problem details for 401 and 403;</li>
 * <li>the pages: sign-in, set-password links, health and metrics are public; the rest needs a signed-in session.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuerUrl()).build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            // RP-initiated logout (end_session_endpoint /connect/logout): the web client sends the person here after
            // ending its own session, so that signing out of the site ends the sign-in here too.
            server.oidc(oidc -> oidc.logoutEndpoint(logout -> logout
                    .errorResponseHandler(SecurityConfiguration::logoutRefused)));
        });
        http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated());
        // The user info endpoint takes the access token.
        http.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        MediaTypeRequestMatcher browser = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browser.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint("/login"), browser));
        return http.build();
    }

    /**
     * A logout request this provider cannot check (its ID token was issued before a restart: authorizations are kept in
     * memory) from a browser that is not signed in here any more: the person is signed out already, so they see the
     * French "Vous êtes déconnecté" page rather than an OAuth error. Otherwise the standard 400.
     */
    private static void logoutRefused(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = current != null && current.isAuthenticated()
                && !(current instanceof AnonymousAuthenticationToken);
        if (!signedIn) {
            response.sendRedirect(request.getContextPath() + "/login?logout");
            return;
        }
        String error = exception instanceof OAuth2AuthenticationException oauth2
                ? oauth2.getError().toString() : exception.getMessage();
        response.sendError(HttpStatus.BAD_REQUEST.value(), error);
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, JwtDecoder decoder, JwtAuthenticationConverter converter)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(HttpMethod.GET, "/api/accounts").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/accounts").hasAnyRole("COORDINATOR", "ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/accounts/*").hasAnyRole("COORDINATOR", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/accounts/*/disable", "/api/accounts/*/enable")
                                .hasRole("ADMIN")
                        // The audit of staff access to personal data: the Département's admins.
                        .requestMatchers(HttpMethod.GET, "/api/audit").hasRole("ADMIN")
                        .anyRequest().denyAll());
        // As every service's API: this issuer's own tokens, the platform's roles, French 401/403, stateless.
        return ResourceServerAutoConfiguration.statelessResourceServer(http, decoder, converter).build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pagesChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/login", "/account/password", "/account/password-reset", "/error",
                                // the platform's look (web-theme's CSS and icons)
                                "/theme/**",
                                "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/v3/api-docs", "/v3/api-docs/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").usernameParameter("email").permitAll());
        return http.build();
    }
}
