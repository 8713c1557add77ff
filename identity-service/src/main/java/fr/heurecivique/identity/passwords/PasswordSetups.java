package fr.heurecivique.identity.passwords;

import fr.heurecivique.defaults.links.InvalidLinkException;
import fr.heurecivique.defaults.links.UsedLinks;
import fr.heurecivique.defaults.outbox.AggregateStore;
import fr.heurecivique.identity.IdentityProperties;
import fr.heurecivique.identity.accounts.Account;
import fr.heurecivique.identity.accounts.AccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * Set-password links: asking someone to choose their password (a link in an event that notification-service
 * emails), and choosing it through a link, once.
 */
@Service
public class PasswordSetups {

    static final String PAGE = "/account/password";

    private final PasswordLinks links;
    private final AccountRepository accounts;
    private final UsedLinks used;
    private final AggregateStore store;
    private final PasswordEncoder encoder;
    private final IdentityProperties properties;
    private final Clock clock;

    PasswordSetups(PasswordLinks links, AccountRepository accounts, UsedLinks used, AggregateStore store,
            PasswordEncoder encoder, IdentityProperties properties, Clock clock) {
        this.links = links;
        this.accounts = accounts;
        this.used = used;
        this.store = store;
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    /** Records, in the account's outbox, the request to email its holder a new set-password link. The caller saves. */
    public void request(Account account, Account.PasswordSetupReason reason) {
        PasswordLinks.IssuedLink link = links.issue(account.id());
        account.requestPasswordSetup(properties.issuerUrl() + PAGE + "?token=" + link.token(), link.expiresAt(),
                reason);
    }

    /**
     * A password reset asked for by address: a link is sent if an enabled account has this address; the answer is the
     * same either way, so that nobody learns who has an account.
     */
    public void requestReset(String email) {
        accounts.findByEmail(Account.normalise(email)).filter(Account::enabled).ifPresent(account -> {
            request(account, Account.PasswordSetupReason.PASSWORD_RESET);
            store.save(account);
        });
    }

    /**
     * Checks that a link can be used, before showing its form.
     *
     * @throws InvalidLinkException when it cannot
     */
    public PasswordLinks.LinkToken check(String token) {
        PasswordLinks.LinkToken link = links.verify(token);
        if (used.used(link.signed())) {
            throw new InvalidLinkException(InvalidLinkException.Reason.USED);
        }
        if (accounts.findById(link.accountId()).filter(Account::enabled).isEmpty()) {
            throw new InvalidLinkException(InvalidLinkException.Reason.INVALID);
        }
        return link;
    }

    /**
     * Sets the password through a link, which is then used up. The password must have passed {@link PasswordRule}.
     *
     * @return the account's email address, to prefill the sign-in
     * @throws InvalidLinkException when the link is not genuine, expired or already used
     */
    public String choose(String token, String password) {
        PasswordLinks.LinkToken link = check(token);
        Account account = accounts.findById(link.accountId()).orElseThrow(
                () -> new InvalidLinkException(InvalidLinkException.Reason.INVALID));
        // Its id's unique record makes this the one use of the link, even when two submissions race.
        used.use(link.signed());
        account.setPassword(encoder.encode(password), clock.instant());
        store.save(account);
        return account.email();
    }
}
