package fr.heurecivique.identity.accounts;

import fr.heurecivique.defaults.outbox.AggregateStore;
import fr.heurecivique.contracts.volunteer.VolunteerState;
import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.defaults.web.ResourceNotFoundException;
import fr.heurecivique.defaults.web.StateConflictException;
import fr.heurecivique.identity.passwords.PasswordSetups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Creating, linking and removing accounts: staff accounts by coordinators and admins, volunteers' from sign-ups. */
@Service
public class Accounts {

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    private final AccountRepository accounts;
    private final AggregateStore store;
    private final PasswordSetups passwordSetups;
    private final Clock clock;

    Accounts(AccountRepository accounts, AggregateStore store, PasswordSetups passwordSetups, Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.passwordSetups = passwordSetups;
        this.clock = clock;
    }

    /**
     * A coordinator or an admin creates a staff account; its holder is emailed a link to choose a password.
     *
     * @param creatorRoles the roles of whoever asks (from their token)
     */
    Account createStaff(StaffAccountRequest request, Set<Role> creatorRoles) {
        Set<Role> roles = request.roles();
        Set<String> communes = request.communes() == null ? Set.of() : request.communes();
        if (roles.contains(Role.VOLUNTEER)) {
            throw new InvalidFieldsException("roles", "un compte de bénévole se crée à l’inscription du bénévole, "
                    + "pas ici : choisissez REFERENT, COORDINATOR ou ADMIN");
        }
        if (!Role.mayManage(creatorRoles, roles)) {
            throw new AccessDeniedException("Un coordinateur ne peut créer que des comptes de référent ; les autres "
                    + "comptes sont créés par le Département.");
        }
        if (roles.contains(Role.REFERENT) && communes.isEmpty()) {
            throw new InvalidFieldsException("communes", "un référent doit avoir au moins une commune");
        }
        if (!roles.contains(Role.REFERENT) && !communes.isEmpty()) {
            throw new InvalidFieldsException("communes", "seuls les référents ont des communes");
        }
        Account account = Account.staff(request.email(), request.displayName().strip(), roles, communes,
                clock.instant());
        passwordSetups.request(account, Account.PasswordSetupReason.STAFF_ACCOUNT);
        try {
            return store.insert(account);
        } catch (DuplicateKeyException e) {
            throw new StateConflictException("Un compte existe déjà avec cette adresse e-mail.");
        }
    }

    List<Account> all() {
        return accounts.findAll(Sort.by("email"));
    }

    /**
     * The accounts an admin looks for: {@code text} in the address or the name (accents and case ignored), with a
     * role, enabled or not; each filter optional. Sorted by address.
     */
    List<Account> search(String text, Role role, Boolean enabled) {
        String wanted = text == null ? "" : fold(text.strip());
        return all().stream()
                .filter(account -> wanted.isEmpty() || fold(account.email()).contains(wanted)
                        || (account.displayName() != null && fold(account.displayName()).contains(wanted)))
                .filter(account -> role == null || account.roles().contains(role))
                .filter(account -> enabled == null || account.enabled() == enabled)
                .toList();
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * An admin disables (or enables again) an account. Nobody disables their own account: the Département would
     * otherwise risk locking its last admin out.
     *
     * @param callerAccountId the account id of whoever asks (their token's subject)
     */
    Account setEnabled(String accountId, boolean enabled, String callerAccountId) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new ResourceNotFoundException("Aucun compte n’a cet identifiant."));
        if (!enabled && account.id().equals(callerAccountId)) {
            throw new StateConflictException("Vous ne pouvez pas désactiver votre propre compte : demandez-le à un "
                    + "autre administrateur.");
        }
        if (enabled ? account.enable() : account.disable()) {
            account = accounts.save(account);
            log.info("Account {} {}", account.id(), enabled ? "enabled" : "disabled");
        }
        return account;
    }

    /** Deletes an account, if whoever asks may manage accounts with its roles. */
    void delete(String accountId, Set<Role> deleterRoles) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new ResourceNotFoundException("Aucun compte n’a cet identifiant."));
        if (!Role.mayManage(deleterRoles, account.roles())) {
            throw new AccessDeniedException("Un coordinateur ne peut supprimer que des comptes de référent.");
        }
        accounts.delete(account);
    }

    /**
     * A volunteer signed up: creates their account (no password yet, a set-password link emailed), or links the
     * account that already has their address. Idempotent: a redelivered sign-up changes nothing.
     */
    public void volunteerSignedUp(VolunteerState volunteer) {
        String email = Account.normalise(volunteer.email());
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            link(existing.get(), volunteer);
            return;
        }
        Account account = Account.volunteer(email, volunteer.firstName(), volunteer.lastName(),
                volunteer.volunteerId(), clock.instant());
        passwordSetups.request(account, Account.PasswordSetupReason.VOLUNTEER_SIGN_UP);
        try {
            store.insert(account);
            log.info("Created account {} for volunteer {}", account.id(), volunteer.volunteerId());
        } catch (DuplicateKeyException e) {
            // Created concurrently (another instance, a staff account just made): link that one instead.
            accounts.findByEmail(email).ifPresent(other -> link(other, volunteer));
        }
    }

    private void link(Account account, VolunteerState volunteer) {
        if (!account.linkVolunteer(volunteer.volunteerId(), volunteer.firstName())) {
            return;
        }
        if (account.passwordHash() == null) {
            passwordSetups.request(account, Account.PasswordSetupReason.VOLUNTEER_SIGN_UP);
        }
        store.save(account);
        log.info("Linked account {} to volunteer {}", account.id(), volunteer.volunteerId());
    }

    /** The volunteer was erased: their account goes, or loses its volunteer part if it has staff roles too. */
    public void volunteerErased(String volunteerId) {
        for (Account account : accounts.findByVolunteerId(volunteerId)) {
            if (account.unlinkVolunteer()) {
                accounts.delete(account);
                log.info("Deleted account {} of erased volunteer {}", account.id(), volunteerId);
            } else {
                store.save(account);
                log.info("Unlinked account {} from erased volunteer {}", account.id(), volunteerId);
            }
        }
    }
}
