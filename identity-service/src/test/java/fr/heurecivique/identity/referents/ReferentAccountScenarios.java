package fr.heurecivique.identity.referents;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.commune.CommuneState;
import fr.heurecivique.contracts.commune.ReferentAppointed;
import fr.heurecivique.contracts.commune.ReferentRemoved;
import fr.heurecivique.contracts.commune.ReferentState;
import fr.heurecivique.identity.IdentityScenarios;
import fr.heurecivique.identity.accounts.Account;
import fr.heurecivique.identity.accounts.AccountRepository;
import fr.heurecivique.identity.accounts.Role;
import fr.heurecivique.testsupport.EventProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** commune-service's referent events give and take a referent account (issue 7, part 6). */
public abstract class ReferentAccountScenarios extends IdentityScenarios {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Autowired
    AccountRepository accounts;

    @Test
    void anAppointedReferentGetsAnAccountForTheirCommuneOnceAndLosesItWhenRemoved() {
        String email = "referente." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        String referentId = UUID.randomUUID().toString();
        CommuneState aytre = new CommuneState("17028", 3, "Aytré", "PARTNER");
        ReferentAppointed appointed = new ReferentAppointed(aytre, new ReferentState(referentId, "Nadia", "Lambert",
                email, "+33670112233", "Agente du CCAS", Instant.now()));
        String eventId = UUID.randomUUID().toString();
        try (EventProbe probe = probe(Topics.ACCOUNT_EVENTS.name())) {
            publisher.publish(EventCatalog.REFERENT_APPOINTED, eventId, "17028", 3, appointed);
            // A redelivery changes nothing.
            publisher.publish(EventCatalog.REFERENT_APPOINTED, eventId, "17028", 3, appointed);
            Account account = await().atMost(DEADLINE).until(() -> accounts.findByEmail(email), Optional::isPresent)
                    .orElseThrow();
            assertThat(account.roles()).containsExactly(Role.REFERENT);
            assertThat(account.communes()).containsExactly("17028");
            probe.await(record -> record.type().equals(EventCatalog.ACCOUNT_PASSWORD_SETUP_REQUESTED.name())
                    && account.id().equals(record.key()));
            assertThat(probe.records()).filteredOn(record -> account.id().equals(record.key())).hasSize(1);
        }

        publisher.publish(EventCatalog.REFERENT_REMOVED, "17028", 4,
                new ReferentRemoved(new CommuneState("17028", 4, "Aytré", "PARTNER"), referentId, Instant.now()));
        await().atMost(DEADLINE).until(() -> accounts.findByEmail(email).isEmpty());
        assertThat(accounts.findByEmail(email)).isEmpty();
    }
}
