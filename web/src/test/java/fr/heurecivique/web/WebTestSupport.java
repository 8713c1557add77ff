package fr.heurecivique.web;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import fr.heurecivique.web.signin.SignInProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Client;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * What web's tests share: the provider's endpoints as a fixed client registration (no discovery), and a signed-in
 * volunteer as Spring Security's test support makes one, with an access token carrying {@code volunteer_id}.
 */
public final class WebTestSupport {

    public static final String PROVIDER = "http://provider.test";
    public static final String END_SESSION = PROVIDER + "/connect/logout";

    private WebTestSupport() {
    }

    public static ClientRegistration registration() {
        return ClientRegistration.withRegistrationId(SignInProperties.REGISTRATION_ID)
                .clientId("web")
                .clientSecret("web-secret-for-tests")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://localhost:8080/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(PROVIDER + "/oauth2/authorize")
                .tokenUri(PROVIDER + "/oauth2/token")
                .jwkSetUri(PROVIDER + "/oauth2/jwks")
                .issuerUri(PROVIDER)
                .userNameAttributeName("sub")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", END_SESSION))
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }

    /** An access token as the provider would issue it (unsigned here: web only reads its claims). */
    public static String accessToken(String volunteerId) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("account-1").issuer(PROVIDER)
                .expirationTime(Date.from(Instant.parse("2099-01-01T00:00:00Z"))).claim("roles", List.of("VOLUNTEER"));
        if (volunteerId != null) {
            claims.claim("volunteer_id", volunteerId);
        }
        return new PlainJWT(claims.build()).serialize();
    }

    /** A signed-in volunteer, their tokens in the session as after a real sign-in. */
    public static RequestPostProcessor volunteer(String volunteerId) {
        OidcIdToken idToken = new OidcIdToken("id-token-of-" + volunteerId, Instant.now(),
                Instant.now().plusSeconds(900), Map.of("sub", "account-1", "iss", PROVIDER, "aud", List.of("web")));
        RequestPostProcessor signedIn = oidcLogin()
                .clientRegistration(registration())
                .oidcUser(new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_VOLUNTEER")), idToken, "sub"));
        // Then their tokens, as the sign-in left them in the session (this one's access token is the one web uses).
        RequestPostProcessor tokens = oauth2Client(SignInProperties.REGISTRATION_ID)
                .clientRegistration(registration())
                .principalName("account-1")
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken(volunteerId),
                        Instant.now(), Instant.now().plusSeconds(900)));
        return request -> tokens.postProcessRequest(signedIn.postProcessRequest(request));
    }

    /** The fixed registration instead of the provider's discovery document. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class FixedProvider {

        @Bean
        @Primary
        ClientRegistrationRepository fixedClientRegistrations() {
            return new InMemoryClientRegistrationRepository(registration());
        }
    }
}
