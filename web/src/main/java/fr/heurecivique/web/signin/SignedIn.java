package fr.heurecivique.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/**
 * The signed-in person of the current request and their access token, kept in their session on the server and
 * refreshed with the refresh token when it is about to expire. When it cannot be refreshed (the refresh token expired
 * or was revoked), {@link ClientAuthorizationRequiredException} sends them to sign in again and back to the page.
 */
@Component
public class SignedIn {

    private final OAuth2AuthorizedClientManager clients;

    SignedIn(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    /** Whether someone is signed in through the provider on this request. */
    public static boolean isSignedIn() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken;
    }

    /** The current access token, refreshed if needed; empty when nobody is signed in. */
    public Optional<String> accessToken() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof OAuth2AuthenticationToken)
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest
                .withClientRegistrationId(SignInProperties.REGISTRATION_ID)
                .principal(authentication)
                .attribute(HttpServletRequest.class.getName(), attributes.getRequest())
                .attribute(HttpServletResponse.class.getName(), attributes.getResponse())
                .build();
        OAuth2AuthorizedClient client;
        try {
            client = clients.authorize(request);
        } catch (OAuth2AuthorizationException refused) {
            // The refresh token was refused: the failure handler removed the tokens; sign in again.
            throw new ClientAuthorizationRequiredException(SignInProperties.REGISTRATION_ID);
        }
        if (client == null) {
            throw new ClientAuthorizationRequiredException(SignInProperties.REGISTRATION_ID);
        }
        return Optional.of(client.getAccessToken().getTokenValue());
    }

    /** The platform's claims of the current access token ({@code volunteer_id}, {@code roles}). */
    public Optional<AccessTokenClaims> claims() {
        return accessToken().map(AccessTokenClaims::of);
    }
}
