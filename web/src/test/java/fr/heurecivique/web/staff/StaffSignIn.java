package fr.heurecivique.web.staff;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import fr.heurecivique.web.WebTestSupport;
import fr.heurecivique.web.signin.SignInProperties;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Client;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/** A signed-in staff member for web's tests: an access token with their {@code roles}, as after a real sign-in. */
final class StaffSignIn {

    private StaffSignIn() {
    }

    static String accessToken(String subject, String... roles) {
        return new PlainJWT(new JWTClaimsSet.Builder().subject(subject).issuer(WebTestSupport.PROVIDER)
                .expirationTime(Date.from(Instant.parse("2099-01-01T00:00:00Z"))).claim("roles", List.of(roles))
                .build()).serialize();
    }

    static RequestPostProcessor as(String subject, String name, String... roles) {
        OidcIdToken idToken = new OidcIdToken("id-token-of-" + subject, Instant.now(), Instant.now().plusSeconds(900),
                Map.of("sub", subject, "iss", WebTestSupport.PROVIDER, "aud", List.of("web"), "name", name));
        RequestPostProcessor signedIn = oidcLogin().clientRegistration(WebTestSupport.registration())
                .oidcUser(new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_" + roles[0])), idToken, "sub"));
        RequestPostProcessor tokens = oauth2Client(SignInProperties.REGISTRATION_ID)
                .clientRegistration(WebTestSupport.registration())
                .principalName(subject)
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken(subject, roles),
                        Instant.now(), Instant.now().plusSeconds(900)));
        return request -> tokens.postProcessRequest(signedIn.postProcessRequest(request));
    }

    static RequestPostProcessor coordinator() {
        return as("coordinator-1", "Sophie Bernard", "COORDINATOR");
    }

    static RequestPostProcessor admin() {
        return as("admin-1", "Agnès Préfet", "ADMIN");
    }
}
