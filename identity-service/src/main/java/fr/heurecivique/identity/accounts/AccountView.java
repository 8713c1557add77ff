package fr.heurecivique.identity.accounts;

import java.time.Instant;
import java.util.List;

/**
 * An account as the account API shows it: never its password hash.
 *
 * @param passwordChosen whether its holder has chosen a password (and so can sign in)
 */
record AccountView(String id, String email, String displayName, List<Role> roles, String volunteerId,
        List<String> communes, boolean enabled, boolean passwordChosen, Instant createdAt) {

    static AccountView of(Account account) {
        return new AccountView(account.id(), account.email(), account.displayName(),
                account.roles().stream().sorted().toList(), account.volunteerId(), List.copyOf(account.communes()),
                account.enabled(), account.passwordHash() != null, account.createdAt());
    }
}
