package fr.heurecivique.identity.accounts;

import fr.heurecivique.defaults.outbox.AggregateStore;
import fr.heurecivique.identity.passwords.PasswordSetups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * Referents' accounts as communes appoint and remove them. The extension point for commune-service's
 * {@code ReferentAppointed} / {@code ReferentRemoved} events on {@code commune.events}: a listener calls
 * {@link #appointed} with the event's referent and commune, and {@link #removed} with the removed referent's id
 * (the removal event names the referent by id only, hence the id kept with each appointment). Both are idempotent,
 * so the listener needs nothing beyond {@code IdempotentConsumer.handleOnce}.
 */
@Service
public class ReferentAccounts {

    private static final Logger log = LoggerFactory.getLogger(ReferentAccounts.class);

    private final AccountRepository accounts;
    private final AggregateStore store;
    private final PasswordSetups passwordSetups;
    private final Clock clock;

    ReferentAccounts(AccountRepository accounts, AggregateStore store, PasswordSetups passwordSetups, Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.passwordSetups = passwordSetups;
        this.clock = clock;
    }

    /**
     * A commune appointed a referent: their account (found by address, or created without a password) refers for
     * the commune; a holder who has no password yet is emailed a link to choose one.
     *
     * @param referentId  the referent's id in commune-service
     * @param email       their address
     * @param displayName how they are named, e.g. "Marie Dupont"
     * @param insee       the commune's INSEE code
     */
    public void appointed(String referentId, String email, String displayName, String insee) {
        Account account = accounts.findByEmail(Account.normalise(email)).orElse(null);
        if (account == null) {
            account = Account.referent(referentId, email, displayName, insee, clock.instant());
            passwordSetups.request(account, Account.PasswordSetupReason.STAFF_ACCOUNT);
            try {
                store.insert(account);
                log.info("Created referent account {} for commune {}", account.id(), insee);
                return;
            } catch (DuplicateKeyException e) {
                account = accounts.findByEmail(Account.normalise(email)).orElseThrow();
            }
        }
        if (!account.appointReferent(referentId, insee)) {
            return;
        }
        if (account.passwordHash() == null) {
            passwordSetups.request(account, Account.PasswordSetupReason.STAFF_ACCOUNT);
        }
        store.save(account);
        log.info("Account {} now refers for commune {}", account.id(), insee);
    }

    /**
     * A commune removed a referent: their account no longer refers for it, and goes if nothing else is left.
     *
     * @param referentId the referent's id in commune-service
     * @param insee      the commune's INSEE code
     */
    public void removed(String referentId, String insee) {
        for (Account account : accounts.findByAppointmentsReferentId(referentId)) {
            if (account.removeReferent(referentId, insee)) {
                accounts.delete(account);
                log.info("Deleted account {}: no longer a referent of commune {}", account.id(), insee);
            } else {
                store.save(account);
                log.info("Account {} no longer refers for commune {}", account.id(), insee);
            }
        }
    }
}
