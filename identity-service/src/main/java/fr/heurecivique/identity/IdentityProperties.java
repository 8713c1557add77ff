package fr.heurecivique.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * identity-service's settings ({@code heure-civique.identity.*}).
 *
 * @param issuer            the issuer of the tokens ({@code iss}), also the base of the links it sends: the address
 *                          at which clients and services reach this service ({@code OIDC_ISSUER_URI})
 * @param keyFile           the JWK set file holding the token signing key and the links' key: generated once if
 *                          missing, mounted from a secret in production, so that a restart does not invalidate tokens
 * @param accessTokenTtl    how long an access token is valid
 * @param passwordLinkTtl   how long a set-password link works
 * @param demoAccounts      whether to create the demo accounts (one per role) at start: the local stack only
 * @param demoPassword      the demo accounts' password (local only; documented in docs/security.md)
 * @param siteUrl           where people reach the site ({@code WEB_PUBLIC_URL}, the gateway): the pages' header and
 *                          footer link there (home, legal pages), since this service answers on its own address
 */
@ConfigurationProperties("heure-civique.identity")
public record IdentityProperties(
        @DefaultValue("http://localhost:9000") URI issuer,
        @DefaultValue(".data/identity/signing-key.json") Path keyFile,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("7d") Duration passwordLinkTtl,
        @DefaultValue("false") boolean demoAccounts,
        @DefaultValue("demo-heure-civique") String demoPassword,
        @DefaultValue("http://localhost:8080") URI siteUrl) {

    /** The site's address without a trailing slash. */
    public String siteBase() {
        String url = siteUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The issuer without a trailing slash, as it appears in tokens. */
    public String issuerUrl() {
        String url = issuer.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
