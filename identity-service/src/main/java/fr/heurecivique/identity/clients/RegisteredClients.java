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

/** The clients, from typed configuration: first-party apps (no consent screen), the shell and the services. */
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
        registered.add(publicClient(WEB, clients.web(), identity));
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
