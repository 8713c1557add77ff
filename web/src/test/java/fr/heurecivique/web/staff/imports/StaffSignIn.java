package fr.heurecivique.web.staff.imports;

import fr.heurecivique.web.WebTestSupport;
import fr.heurecivique.web.signin.SignInProperties;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
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

/** A signed-in staff member (coordinator, admin, referent) for the import's and the dashboard's tests. */
public final class StaffSignIn {

    private StaffSignIn() {
    }

    public static String accessToken(String role) {
        return new PlainJWT(new JWTClaimsSet.Builder().subject("staff-" + role).issuer(WebTestSupport.PROVIDER)
                .expirationTime(Date.from(Instant.parse("2099-01-01T00:00:00Z"))).claim("roles", List.of(role))
                .build()).serialize();
    }

    public static RequestPostProcessor as(String role) {
        OidcIdToken idToken = new OidcIdToken("id-token-of-" + role, Instant.now(), Instant.now().plusSeconds(900),
                Map.of("sub", "staff-" + role, "iss", WebTestSupport.PROVIDER, "aud", List.of("web"),
                        "name", "Sophie Bernard"));
        RequestPostProcessor signedIn = oidcLogin().clientRegistration(WebTestSupport.registration())
                .oidcUser(new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_" + role),
                        new SimpleGrantedAuthority("ROLE_SIGNED_IN")), idToken, "sub"));
        RequestPostProcessor tokens = oauth2Client(SignInProperties.REGISTRATION_ID)
                .clientRegistration(WebTestSupport.registration()).principalName("staff-" + role)
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken(role),
                        Instant.now(), Instant.now().plusSeconds(900)));
        return request -> tokens.postProcessRequest(signedIn.postProcessRequest(request));
    }
}
