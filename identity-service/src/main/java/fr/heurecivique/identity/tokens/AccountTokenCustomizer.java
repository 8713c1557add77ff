package fr.heurecivique.identity.tokens;

import fr.heurecivique.identity.accounts.Account;
import fr.heurecivique.identity.accounts.AccountRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the account's {@link TokenClaims} into the tokens issued for a signed-in person. The account is read afresh at
 * each issue, so a change of roles counts from the next token. Service clients (client credentials) get no person
 * claims: their {@code sub} is their client id and their {@code scope} says what they may do ({@code internal}).
 */
@Component
class AccountTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final AccountRepository accounts;

    AccountTokenCustomizer(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        if (accessToken) {
            List<String> audience = new ArrayList<>(context.getClaims().build().getAudience());
            audience.add(TokenClaims.API_AUDIENCE);
            context.getClaims().audience(audience);
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return;
        }
        Account account = account(context.getPrincipal());
        if (accessToken) {
            context.getClaims().claims(claims -> claims.putAll(TokenClaims.accessTokenClaims(account)));
        } else if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            context.getClaims().claims(claims -> claims.putAll(TokenClaims.idTokenClaims(account)));
        }
    }

    /** The principal's name is the account id ({@code AccountUserDetails}). */
    private Account account(Authentication principal) {
        return accounts.findById(principal.getName()).filter(Account::enabled)
                .orElseThrow(() -> new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_GRANT));
    }
}
