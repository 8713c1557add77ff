package fr.heurecivique.identity.login;

import fr.heurecivique.identity.accounts.Account;
import fr.heurecivique.identity.accounts.AccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Finds the account of the address typed on the sign-in page. An account without a password yet, or disabled, cannot
 * sign in; the page says the same as for a wrong password, so that nobody learns who has an account.
 */
@Service
class AccountSignIn implements UserDetailsService {

    private final AccountRepository accounts;

    AccountSignIn(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            throw new UsernameNotFoundException("No such account");
        }
        return accounts.findByEmail(Account.normalise(email)).map(AccountUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
