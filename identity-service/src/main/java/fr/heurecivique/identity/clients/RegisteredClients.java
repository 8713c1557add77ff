package fr.heurecivique.identity.clients;

import fr.heurecivique.identity.IdentityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clients, from typed configuration: the web client (confidential), the mobile app and the shell (public), all
 * first-party apps (no consent screen), and the services.
 */
@Configuration(proxyBeanMethods = false)
class RegisteredClients {

    static final String WEB = "web";
    static final String MOBILE = "mobile";
    static final String CLI = "heure-civique-cli";
    private static final Logger log = LoggerFactory.getLogger(RegisteredClients.class);

    @Bean
    RegisteredClientRepository registeredClientRepository(ClientsProperties clients, IdentityProperties identity,
            PasswordEncoder passwordEncoder) {
        List<RegisteredClient> registered = new ArrayList<>();
        webClient(clients.web(), identity, passwordEncoder).ifPresent(registered::add);
        registered.add(publicClient(MOBILE, clients.mobile(), identity));
        registered.add(publicClient(CLI, clients.cli(), identity));
        clients.services().forEach((clientId, service) -> {
            if (!service.hasSecret()) {
                log.info("Service client {} has no secret in the environment: not registered", clientId);
                return;
            }
            registered.add(RegisteredClient.withId(clientId)
                    .clientId(clientId)
                    .clientSecret(passwordEncoder.encode(service.secret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scopes(scopes -> scopes.addAll(service.scopes()))
                    .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(identity.accessTokenTtl()).build())
                    .build());
        });
        return new InMemoryRegisteredClientRepository(registered);
    }

    /**
     * The web client, a backend-for-frontend: it keeps the tokens on its server, so it is confidential (client secret,
     * HTTP Basic at the token endpoint) and gets refresh tokens, rotated at each use. PKCE is required all the same
     * (OAuth 2.1, RFC 9700): it binds the code to the sign-in that asked for it, so a code stolen from a redirect is
     * useless even with the secret. Without a secret in the environment ({@code WEB_CLIENT_SECRET}) it is not
     * registered, as a service client.
     */
    private static Optional<RegisteredClient> webClient(ClientsProperties.WebClient web, IdentityProperties identity,
            PasswordEncoder passwordEncoder) {
        if (!web.hasSecret()) {
            log.info("Client {} has no secret in the environment (WEB_CLIENT_SECRET): not registered", WEB);
            return Optional.empty();
        }
        if (web.redirectUris().isEmpty()) {
            throw new IllegalStateException("Client " + WEB + " needs at least one redirect URI "
                    + "(heure-civique.identity.clients.web.redirect-uris, WEB_CLIENT_REDIRECT_URIS)");
        }
        return Optional.of(RegisteredClient.withId(WEB)
                .clientId(WEB)
                .clientSecret(passwordEncoder.encode(web.secret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(web.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(web.postLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(identity.accessTokenTtl())
                        .authorizationCodeTimeToLive(Duration.ofMinutes(2))
                        .refreshTokenTimeToLive(web.refreshTokenTtl())
                        .reuseRefreshTokens(false)
                        .build())
                .build());
    }

    /**
     * A public client (no secret): authorization code with PKCE. Spring Authorization Server issues no refresh token
     * to a public client (its deliberate stance: nothing in a browser stores one safely); the apps get a new access
     * token by sending the user through the authorization endpoint again, which answers at once while their sign-in
     * session lasts. Keycloak, in production, may issue rotating refresh tokens (docs/security.md).
     */
    private static RegisteredClient publicClient(String clientId, ClientsProperties.PublicClient client,
            IdentityProperties identity) {
        if (client.redirectUris().isEmpty()) {
            throw new IllegalStateException("Client " + clientId + " needs at least one redirect URI "
                    + "(heure-civique.identity.clients." + clientId + ".redirect-uris)");
        }
        RegisteredClient.Builder builder = RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(client.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(client.postLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        // First-party apps of the platform: no consent screen.
                        .requireAuthorizationConsent(false)
                        .build());
        return builder.tokenSettings(TokenSettings.builder()
                .accessTokenTimeToLive(identity.accessTokenTtl())
                .authorizationCodeTimeToLive(Duration.ofMinutes(2))
                .build()).build();
    }
}
