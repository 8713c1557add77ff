package fr.heurecivique.web.signin;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;

import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The claims of an access token that web received itself from the provider's token endpoint (over the back channel,
 * authenticated with its secret): {@code roles}, {@code volunteer_id}, and for staff {@code communes} (a referent's
 * INSEE codes) and {@code email}. Web does not verify the signature — it did
 * not get the token from a browser — and the API verifies it at each call anyway.
 */
public record AccessTokenClaims(String subject, List<String> roles, String volunteerId, List<String> communes,
        String email) {

    public static AccessTokenClaims of(String accessToken) {
        try {
            JWTClaimsSet claims = JWTParser.parse(accessToken).getJWTClaimsSet();
            Map<String, Object> all = claims.getClaims();
            Object volunteer = all.get("volunteer_id");
            Object email = all.get("email");
            return new AccessTokenClaims(claims.getSubject(), strings(all.get("roles")),
                    volunteer == null ? null : volunteer.toString(), strings(all.get("communes")),
                    email == null ? null : email.toString());
        } catch (ParseException e) {
            // Not a JWT (an opaque token from another provider): nothing to read, the API still authorises it.
            return new AccessTokenClaims(null, List.of(), null, List.of(), null);
        }
    }

    private static List<String> strings(Object claim) {
        return claim instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    public Optional<String> volunteer() {
        return Optional.ofNullable(volunteerId).filter(id -> !id.isBlank());
    }
}
