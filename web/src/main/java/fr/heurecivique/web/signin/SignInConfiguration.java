package fr.heurecivique.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import java.time.Clock;

/**
 * Sign-in as a backend-for-frontend (docs/security.md, "The web client"): the authorization code flow with PKCE as
 * the confidential client {@code web}; the tokens stay in the person's session on the server (Spring Session in
 * MongoDB, {@link SessionConfiguration}) and are refreshed there; the browser only holds the session cookie. API calls
 * made while serving a signed-in person's page carry their access token ({@link #userTokenOnApiCalls}).
 */
@Configuration(proxyBeanMethods = false)
public class SignInConfiguration {

    public static final String SIGN_OUT_PATH = "/deconnexion";

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(SignInProperties properties,
            ObjectProvider<Clock> clock) {
        return new DiscoveredClientRegistrations(properties, clock.getIfAvailable(Clock::systemUTC));
    }

    /** In the session (so in MongoDB), not in memory: a restart or another instance keeps everybody's tokens. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
                authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    /** Every call of web's API client carries the signed-in person's access token (none for a visitor). */
    @Bean
    RestClientCustomizer userTokenOnApiCalls(ObjectProvider<SignedIn> signedIn) {
        return builder -> builder.requestInterceptor((request, body, execution) -> {
            if (SignedIn.isSignedIn() && !request.getHeaders().containsHeader("Authorization")) {
                signedIn.getObject().accessToken().ifPresent(token -> request.getHeaders().setBearerAuth(token));
            }
            return execution.execute(request, body);
        });
    }

    /**
     * Applies the sign-in to web's filter chain (called by {@code WebSecurityConfiguration}): the volunteer's space
     * needs a signed-in person; a signed-out visitor is sent to the provider and comes back to the page they asked
     * for; {@code POST /deconnexion} ends the session here and then at the provider.
     */
    public static void apply(HttpSecurity http, ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients, SignInProperties properties,
            SessionProperties session) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler logoutSuccess =
                new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logoutSuccess.setPostLogoutRedirectUri(properties.publicBase() + "/");
        logoutSuccess.setDefaultTargetUrl("/");
        http.oauth2Login(login -> login
                        .loginPage("/connexion")
                        .authorizationEndpoint(endpoint -> endpoint
                                .authorizationRequestResolver(whileTheProviderAnswers(registrations)))
                        .authorizedClientRepository(authorizedClients)
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new PlatformOidcUserService()))
                        .defaultSuccessUrl("/mon-espace")
                        .failureUrl("/connexion?erreur"))
                .oauth2Client(client -> client.authorizedClientRepository(authorizedClients))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint(SignInProperties.SIGN_IN_PATH)))
                .logout(logout -> logout
                        .logoutUrl(SIGN_OUT_PATH)
                        .invalidateHttpSession(true)
                        .clearAuthentication(true)
                        .deleteCookies(session.cookieName())
                        .logoutSuccessHandler(logoutSuccess));
    }

    /**
     * The standard resolver (PKCE, state, nonce), except that when the provider cannot be reached it resolves nothing:
     * the request then reaches {@code SignInController}, which answers a French "sign-in unavailable" page (503)
     * rather than a bare 500.
     */
    private static OAuth2AuthorizationRequestResolver whileTheProviderAnswers(
            ClientRegistrationRepository registrations) {
        DefaultOAuth2AuthorizationRequestResolver standard = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                try {
                    return standard.resolve(request);
                } catch (DiscoveredClientRegistrations.SignInUnavailableException unavailable) {
                    return null;
                }
            }

            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
                try {
                    return standard.resolve(request, clientRegistrationId);
                } catch (DiscoveredClientRegistrations.SignInUnavailableException unavailable) {
                    return null;
                }
            }
        };
    }
}
