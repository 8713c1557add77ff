package fr.heurecivique.identity.demo;

import fr.heurecivique.defaults.outbox.AggregateStore;
import fr.heurecivique.identity.IdentityProperties;
import fr.heurecivique.identity.accounts.Account;
import fr.heurecivique.identity.accounts.AccountRepository;
import fr.heurecivique.identity.accounts.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The embedded default's demo accounts, one per role, created at start if missing (never changed once there), all
 * with the local-only demo password ({@code heure-civique.identity.demo-password}). Only where
 * {@code heure-civique.identity.demo-accounts=true}, which the local stack sets; docs/security.md lists them.
 * The volunteers' accounts are linked to their volunteer records when their sign-ups (the demo data) arrive.
 */
@Component
@ConditionalOnBooleanProperty("heure-civique.identity.demo-accounts")
class DemoAccounts implements ApplicationRunner {

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@demo.example.fr", "Administratrice du Département (démo)", null,
                    Set.of(Role.ADMIN), Set.of()),
            new DemoAccount("coordinator@demo.example.fr", "Coordinateur Voisins Solidaires (démo)", null,
                    Set.of(Role.COORDINATOR), Set.of()),
            new DemoAccount("referent.la-rochelle@demo.example.fr", "Référente de La Rochelle (démo)", null,
                    Set.of(Role.REFERENT), Set.of("17300")),
            new DemoAccount("referent.rochefort@demo.example.fr", "Référent de Rochefort (démo)", null,
                    Set.of(Role.REFERENT), Set.of("17299")),
            new DemoAccount("referent.royan@demo.example.fr", "Référent de Royan (démo)", null,
                    Set.of(Role.REFERENT), Set.of("17306")),
            new DemoAccount("claire.martin@example.fr", "Claire Martin", "Claire", Set.of(Role.VOLUNTEER), Set.of()),
            new DemoAccount("karim.benali@example.fr", "Karim Benali", "Karim", Set.of(Role.VOLUNTEER), Set.of()),
            new DemoAccount("monique.durand@example.fr", "Monique Durand", "Monique", Set.of(Role.VOLUNTEER),
                    Set.of()),
            new DemoAccount("theo.lefevre@example.fr", "Théo Lefèvre", "Théo", Set.of(Role.VOLUNTEER), Set.of()));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountRepository accounts;
    private final AggregateStore store;
    private final PasswordEncoder encoder;
    private final IdentityProperties properties;
    private final Clock clock;

    DemoAccounts(AccountRepository accounts, AggregateStore store, PasswordEncoder encoder, IdentityProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (DemoAccount demo : ACCOUNTS) {
            if (accounts.findByEmail(demo.email()).isPresent()) {
                continue;
            }
            try {
                store.insert(Account.demo(demo.email(), demo.displayName(), demo.firstName(), demo.roles(),
                        demo.communes(), encoder.encode(properties.demoPassword()), clock.instant()));
                created++;
            } catch (DuplicateKeyException e) {
                // created meanwhile by another instance
            }
        }
        log.info("Demo accounts: {} created, {} already there (local use only)", created, ACCOUNTS.size() - created);
    }

    record DemoAccount(String email, String displayName, String firstName, Set<Role> roles, Set<String> communes) {
    }
}
