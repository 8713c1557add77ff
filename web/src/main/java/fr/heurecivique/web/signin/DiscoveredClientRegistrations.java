package fr.heurecivique.web.signin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.client.RestClient;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The one client registration, built from the provider's discovery document when it is first needed rather than at
 * start: web starts (and serves its public pages) while the provider is down, and signs people in as soon as the
 * provider answers. The document's {@code issuer} must be the configured one, else nothing is registered.
 */
final class DiscoveredClientRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(DiscoveredClientRegistrations.class);

    private final SignInProperties properties;
    private final RestClient http;
    private final Clock clock;
    private volatile ClientRegistration registration;
    private volatile Instant nextTry = Instant.MIN;

    DiscoveredClientRegistrations(SignInProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(5));
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!SignInProperties.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (registration == null) {
                registration = discover();
            }
            return registration;
        }
    }

    private ClientRegistration discover() {
        if (!properties.hasSecret()) {
            throw new SignInUnavailableException("no client secret configured (WEB_CLIENT_SECRET)");
        }
        Instant now = clock.instant();
        if (now.isBefore(nextTry)) {
            throw new SignInUnavailableException("the provider did not answer a moment ago");
        }
        Map<String, Object> document;
        try {
            document = http.get().uri(properties.discoveryDocument()).retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() { });
        } catch (RuntimeException e) {
            nextTry = now.plus(properties.retryAfter());
            log.warn("Cannot read the identity provider's discovery document at {}: {}",
                    properties.discoveryDocument(), e.toString());
            throw new SignInUnavailableException("the provider's discovery document cannot be read", e);
        }
        String expected = SignInProperties.withoutTrailingSlash(properties.issuer().toString());
        Object issuer = document == null ? null : document.get("issuer");
        if (!Objects.equals(expected, issuer == null ? null : SignInProperties.withoutTrailingSlash(issuer.toString()))) {
            nextTry = now.plus(properties.retryAfter());
            throw new SignInUnavailableException("the discovery document names the issuer " + issuer + ", not "
                    + expected);
        }
        return ClientRegistrations.fromOidcConfiguration(document)
                .registrationId(SignInProperties.REGISTRATION_ID)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(properties.publicBase() + "/login/oauth2/code/{registrationId}")
                .scope(properties.scopes())
                .userNameAttributeName("sub")
                // PKCE although the client has a secret (OAuth 2.1, RFC 9700); the provider requires it too.
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }

    /** Signing in is not possible now (provider unreachable, or misconfigured): a French 503 page. */
    static final class SignInUnavailableException extends RuntimeException {

        SignInUnavailableException(String message) {
            super(message);
        }

        SignInUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
