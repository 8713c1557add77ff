package fr.heurecivique.identity.login;

import fr.heurecivique.identity.accounts.Account;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/**
 * A signed-in account, as Spring Security sees it. Its name is the account id, not the email address: it becomes
 * the tokens' {@code sub}, which must not change when an address does, nor be personal data in logs.
 */
final class AccountUserDetails implements UserDetails {

    private final String accountId;
    private final String passwordHash;
    private final boolean enabled;
    private final List<GrantedAuthority> authorities;

    AccountUserDetails(Account account) {
        this.accountId = account.id();
        this.passwordHash = account.passwordHash();
        this.enabled = account.canSignIn();
        this.authorities = account.roles().stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getUsername() {
        return accountId;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
