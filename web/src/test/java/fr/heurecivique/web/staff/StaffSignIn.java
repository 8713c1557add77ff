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

/** A signed-in staff member for the web tests: their roles, communes and address in the access token. */
public final class StaffSignIn {

    public static final String REFERENT_EMAIL = "referente@mairie.example";

    private StaffSignIn() {
    }

    public static String accessToken(List<String> roles, List<String> communes, String email) {
        return new PlainJWT(new JWTClaimsSet.Builder().subject("staff-1").issuer(WebTestSupport.PROVIDER)
                .expirationTime(Date.from(Instant.parse("2099-01-01T00:00:00Z"))).claim("roles", roles)
                .claim("communes", communes).claim("email", email).build()).serialize();
    }

    /** A referent of {@code communes}. */
    public static RequestPostProcessor referentOf(String... communes) {
        return staff(List.of("REFERENT"), List.of(communes));
    }

    public static RequestPostProcessor staff(List<String> roles, List<String> communes) {
        OidcIdToken idToken = new OidcIdToken("id-token-of-staff", Instant.now(), Instant.now().plusSeconds(900),
                Map.of("sub", "staff-1", "iss", WebTestSupport.PROVIDER, "aud", List.of("web")));
        RequestPostProcessor signedIn = oidcLogin().clientRegistration(WebTestSupport.registration())
                .oidcUser(new DefaultOidcUser(roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toList(), idToken, "sub"));
        RequestPostProcessor tokens = oauth2Client(SignInProperties.REGISTRATION_ID)
                .clientRegistration(WebTestSupport.registration()).principalName("staff-1")
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                        accessToken(roles, communes, REFERENT_EMAIL), Instant.now(), Instant.now().plusSeconds(900)));
        return request -> tokens.postProcessRequest(signedIn.postProcessRequest(request));
    }
}
