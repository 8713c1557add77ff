package fr.heurecivique.defaults.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service checks access tokens, and how it gets its own ({@code heure-civique.security.*}).
 *
 * @param jwkSetUri the provider's JWK set, where the token signing keys are read ({@code OIDC_JWK_SET_URI}); read
 *                  at the first token, so a service starts while the provider is down
 * @param issuer    the only accepted {@code iss} ({@code OIDC_ISSUER_URI})
 * @param audience  the audience every token for the platform's API carries
 * @param client    this service's own client, for calls to other services (client credentials, scope
 *                  {@code internal})
 */
@ConfigurationProperties("heure-civique.security")
public record SecurityProperties(
        @DefaultValue("http://localhost:9000/oauth2/jwks") String jwkSetUri,
        @DefaultValue("http://localhost:9000") String issuer,
        @DefaultValue("heure-civique-api") String audience,
        @DefaultValue Client client) {

    /**
     * @param id       the client id (defaults to {@code spring.application.name})
     * @param secret   its secret ({@code <SERVICE>_CLIENT_SECRET}, e.g. {@code NOTIFICATION_SERVICE_CLIENT_SECRET});
     *                 without one the service calls no other service
     * @param tokenUri the provider's token endpoint ({@code OIDC_TOKEN_URI}; {@code <issuer>/oauth2/token} for the
     *                 embedded provider, {@code <issuer>/protocol/openid-connect/token} for Keycloak)
     * @param scope    the scope asked for
     */
    public record Client(String id, String secret, String tokenUri, @DefaultValue("internal") String scope) {
    }
}
