package fr.heurecivique.web.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * How web signs people in ({@code heure-civique.site.sign-in.*}): a confidential OpenID Connect client of the
 * platform's provider (identity-service in the embedded default, Keycloak elsewhere).
 *
 * @param issuer       the provider's issuer ({@code OIDC_ISSUER_URI}): the {@code iss} its ID tokens must carry
 * @param metadataUri  where web reads the provider's discovery document, when it cannot reach it at the issuer's
 *                     address (in compose, Keycloak answers web at {@code keycloak:8080} while browsers use
 *                     {@code localhost:8180}; {@code OIDC_METADATA_URI}); by default
 *                     {@code <issuer>/.well-known/openid-configuration}
 * @param clientId     the client id ({@code WEB_CLIENT_ID}, {@code web})
 * @param clientSecret the client secret ({@code WEB_CLIENT_SECRET}); without one nobody can sign in
 * @param publicUrl    where browsers reach the site ({@code WEB_PUBLIC_URL}): the gateway; the redirect after
 *                     sign-in and after sign-out are made from it
 * @param scopes       the scopes asked for
 * @param retryAfter   how long web waits before asking an unreachable provider's discovery document again
 */
@ConfigurationProperties("heure-civique.site.sign-in")
public record SignInProperties(
        @DefaultValue("http://localhost:9000") URI issuer,
        URI metadataUri,
        @DefaultValue("web") String clientId,
        String clientSecret,
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue({ "openid", "profile", "email" }) List<String> scopes,
        @DefaultValue("10s") Duration retryAfter) {

    /** The registration id: the last part of the redirect path {@code /login/oauth2/code/heure-civique}. */
    public static final String REGISTRATION_ID = "heure-civique";

    /** Where a signed-out visitor is sent to sign in (Spring Security's authorization request endpoint). */
    public static final String SIGN_IN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    public URI discoveryDocument() {
        if (metadataUri != null && !metadataUri.toString().isBlank()) {
            return metadataUri;
        }
        return URI.create(withoutTrailingSlash(issuer.toString()) + "/.well-known/openid-configuration");
    }

    public String publicBase() {
        return withoutTrailingSlash(publicUrl.toString());
    }

    public boolean hasSecret() {
        return clientSecret != null && !clientSecret.isBlank();
    }

    static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
