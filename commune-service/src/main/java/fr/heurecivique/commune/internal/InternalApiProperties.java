package fr.heurecivique.commune.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The interim authentication of the internal API ({@code heure-civique.internal-api.*}): the services of the platform
 * that may call {@code /internal/**} share a secret and send it in a header. Issue 7 replaces this with OAuth2
 * client credentials; only {@link InternalApiGuard} knows about it.
 *
 * @param token  the shared secret (environment variable {@code INTERNAL_API_TOKEN}); when empty, every internal call
 *               is refused
 * @param header the header that carries it
 */
@ConfigurationProperties("heure-civique.internal-api")
public record InternalApiProperties(
        @DefaultValue("") String token,
        @DefaultValue("X-Internal-Token") String header) {

    public boolean enabled() {
        return token != null && !token.isBlank();
    }
}
