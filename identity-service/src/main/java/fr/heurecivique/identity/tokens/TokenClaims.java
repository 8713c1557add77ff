package fr.heurecivique.identity.tokens;

import fr.heurecivique.identity.accounts.Account;
import fr.heurecivique.identity.accounts.Role;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims an access token carries about its account, so that each service can authorise without asking anyone
 * (docs/security.md):
 * <ul>
 * <li>{@code sub}: the account id (set by the authorization server from the signed-in principal);</li>
 * <li>{@code email};</li>
 * <li>{@code roles}: {@code VOLUNTEER}, {@code REFERENT}, {@code COORDINATOR}, {@code ADMIN};</li>
 * <li>{@code volunteer_id}: the volunteer the account is, once linked;</li>
 * <li>{@code communes}: the INSEE codes a referent refers for.</li>
 * </ul>
 * Keycloak's realm export (deploy/keycloak) maps the same names, so the services read one shape whichever provider
 * issued the token.
 */
public final class TokenClaims {

    public static final String EMAIL = "email";
    public static final String ROLES = "roles";
    public static final String VOLUNTEER_ID = "volunteer_id";
    public static final String COMMUNES = "communes";
    public static final String NAME = "name";
    /** Every token of the platform is meant for its API, whichever client asked for it. */
    public static final String API_AUDIENCE = "heure-civique-api";

    private TokenClaims() {
    }

    /** The authorisation claims of an access token for this account. */
    public static Map<String, Object> accessTokenClaims(Account account) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(EMAIL, account.email());
        claims.put(ROLES, account.roles().stream().map(Role::name).sorted().toList());
        if (account.volunteerId() != null && account.roles().contains(Role.VOLUNTEER)) {
            claims.put(VOLUNTEER_ID, account.volunteerId());
        }
        if (account.roles().contains(Role.REFERENT)) {
            claims.put(COMMUNES, List.copyOf(account.communes()));
        }
        return claims;
    }

    /** What an ID token says about the person, for the app to greet them. */
    public static Map<String, Object> idTokenClaims(Account account) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(EMAIL, account.email());
        claims.put("email_verified", account.passwordChangedAt() != null);
        if (account.displayName() != null) {
            claims.put(NAME, account.displayName());
        }
        return claims;
    }
}
