package fr.heurecivique.identity.clients;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The OAuth 2 clients identity-service knows ({@code heure-civique.identity.clients.*}).
 *
 * @param web      the web client ({@code web}, a backend-for-frontend): confidential client, authorization code +
 *                 PKCE, refresh tokens; registered only with a secret
 * @param mobile   the mobile app: the same, with its app-scheme redirect URI
 * @param cli      {@code heure-civique-cli}, the shell's token command: public, PKCE, loopback redirect (any port,
 *                 RFC 8252)
 * @param services the services calling each other: confidential clients with client credentials, by client id
 */
@ConfigurationProperties("heure-civique.identity.clients")
public record ClientsProperties(
        @DefaultValue WebClient web,
        @DefaultValue PublicClient mobile,
        @DefaultValue PublicClient cli,
        @DefaultValue Map<String, ServiceClient> services) {

    /**
     * @param redirectUris           where the authorization code may be sent (exact match; loopback: any port)
     * @param postLogoutRedirectUris where the browser may be sent after signing out
     */
    public record PublicClient(@DefaultValue List<String> redirectUris, @DefaultValue List<String> postLogoutRedirectUris) {
    }

    /**
     * @param secret                 the client secret ({@code WEB_CLIENT_SECRET}); without one the client is not
     *                               registered, as a service client
     * @param redirectUris           where the authorization code may be sent (exact match)
     * @param postLogoutRedirectUris where the browser may be sent after signing out
     * @param refreshTokenTtl        how long a refresh token is valid (each use gives a new one)
     */
    public record WebClient(String secret, @DefaultValue List<String> redirectUris,
            @DefaultValue List<String> postLogoutRedirectUris, @DefaultValue("12h") Duration refreshTokenTtl) {

        public boolean hasSecret() {
            return secret != null && !secret.isBlank();
        }
    }

    /**
     * @param secret the client secret (from the environment); a client without one is not registered
     * @param scopes the scopes it may ask for
     */
    public record ServiceClient(String secret, @DefaultValue("internal") List<String> scopes) {

        public boolean hasSecret() {
            return secret != null && !secret.isBlank();
        }
    }
}
