package fr.heurecivique.web.signin;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signed-in person, from the ID token (already validated by Spring Security) and the platform's claims of the
 * access token ({@code roles} → {@code ROLE_<name>}, {@code volunteer_id}): no extra call to the user info endpoint.
 * Pages read the volunteer id afresh from the current access token ({@link SignedIn}), so a refresh that brings new
 * claims counts at once.
 */
final class PlatformOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final List<String> KNOWN_ROLES = List.of("VOLUNTEER", "REFERENT", "COORDINATOR", "ADMIN");

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        AccessTokenClaims claims = AccessTokenClaims.of(request.getAccessToken().getTokenValue());
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_SIGNED_IN"));
        claims.roles().stream().filter(KNOWN_ROLES::contains)
                .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("sub", request.getIdToken().getSubject());
        claims.volunteer().ifPresent(id -> extra.put("volunteer_id", id));
        return new DefaultOidcUser(authorities, request.getIdToken(), new OidcUserInfo(extra), "sub");
    }
}
