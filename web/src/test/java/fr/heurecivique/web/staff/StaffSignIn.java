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

/**
 * A signed-in staff member for web's tests: an access token with their {@code roles}, {@code communes} and address,
 * and an ID token with their name, as after a real sign-in.
 */
public final class StaffSignIn {

    public static final String REFERENT_EMAIL = "referente@mairie.example";

    private StaffSignIn() {
    }

    public static String accessToken(List<String> roles, List<String> communes, String email) {
        return accessToken("staff-1", roles, communes, email);
    }

    static String accessToken(String subject, String... roles) {
        return accessToken(subject, List.of(roles), null, null);
    }

    private static String accessToken(String subject, List<String> roles, List<String> communes, String email) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).issuer(WebTestSupport.PROVIDER)
                .expirationTime(Date.from(Instant.parse("2099-01-01T00:00:00Z"))).claim("roles", roles);
        if (communes != null) {
            claims.claim("communes", communes);
        }
        if (email != null) {
            claims.claim("email", email);
        }
        return new PlainJWT(claims.build()).serialize();
    }

    /** A referent of {@code communes}. */
    public static RequestPostProcessor referentOf(String... communes) {
        return staff(List.of("REFERENT"), List.of(communes));
    }

    public static RequestPostProcessor staff(List<String> roles, List<String> communes) {
        return signedIn("staff-1", null, roles, accessToken("staff-1", roles, communes, REFERENT_EMAIL));
    }

    static RequestPostProcessor as(String subject, String name, String... roles) {
        return signedIn(subject, name, List.of(roles), accessToken(subject, roles));
    }

    static RequestPostProcessor coordinator() {
        return as("coordinator-1", "Sophie Bernard", "COORDINATOR");
    }

    static RequestPostProcessor admin() {
        return as("admin-1", "Agnès Préfet", "ADMIN");
    }

    private static RequestPostProcessor signedIn(String subject, String name, List<String> roles, String accessToken) {
        Map<String, Object> claims = name == null
                ? Map.of("sub", subject, "iss", WebTestSupport.PROVIDER, "aud", List.of("web"))
                : Map.of("sub", subject, "iss", WebTestSupport.PROVIDER, "aud", List.of("web"), "name", name);
        OidcIdToken idToken = new OidcIdToken("id-token-of-" + subject, Instant.now(), Instant.now().plusSeconds(900),
                claims);
        RequestPostProcessor signedIn = oidcLogin().clientRegistration(WebTestSupport.registration())
                .oidcUser(new DefaultOidcUser(roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toList(), idToken, "sub"));
        RequestPostProcessor tokens = oauth2Client(SignInProperties.REGISTRATION_ID)
                .clientRegistration(WebTestSupport.registration()).principalName(subject)
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken, Instant.now(),
                        Instant.now().plusSeconds(900)));
        return request -> tokens.postProcessRequest(signedIn.postProcessRequest(request));
    }
}
