package fr.heurecivique.identity.tokens;

import fr.heurecivique.identity.accounts.Account;
import fr.heurecivique.identity.accounts.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TokenClaimsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aVolunteersTokenNamesTheVolunteer() {
        Account account = Account.volunteer("Claire.Martin@Exemple.fr ", "Claire", "Martin", "v-1", NOW);
        assertThat(TokenClaims.accessTokenClaims(account)).containsOnly(
                org.assertj.core.api.Assertions.entry("email", "claire.martin@exemple.fr"),
                org.assertj.core.api.Assertions.entry("roles", List.of("VOLUNTEER")),
                org.assertj.core.api.Assertions.entry("volunteer_id", "v-1"));
    }

    @Test
    void aReferentsTokenNamesTheirCommunesSorted() {
        Account account = Account.staff("marie@mairie.fr", "Marie", Set.of(Role.REFERENT, Role.COORDINATOR),
                Set.of("17306", "17300"), NOW);
        assertThat(TokenClaims.accessTokenClaims(account))
                .containsEntry("roles", List.of("COORDINATOR", "REFERENT"))
                .containsEntry("communes", List.of("17300", "17306"))
                .doesNotContainKey("volunteer_id");
    }

    @Test
    void aStaffMemberWhoIsAlsoAVolunteerHasBoth() {
        Account account = Account.staff("marc@voisins.fr", "Marc", Set.of(Role.COORDINATOR), Set.of(), NOW);
        account.linkVolunteer("v-2", "Marc");
        assertThat(TokenClaims.accessTokenClaims(account))
                .containsEntry("roles", List.of("COORDINATOR", "VOLUNTEER"))
                .containsEntry("volunteer_id", "v-2")
                .doesNotContainKey("communes");
        account.unlinkVolunteer();
        assertThat(TokenClaims.accessTokenClaims(account)).containsEntry("roles", List.of("COORDINATOR"))
                .doesNotContainKey("volunteer_id");
    }
}
