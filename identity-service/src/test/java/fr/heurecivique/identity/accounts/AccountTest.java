package fr.heurecivique.identity.accounts;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void anAdminManagesAnyAccountACoordinatorOnlyReferents() {
        Set<Role> admin = Set.of(Role.ADMIN);
        Set<Role> coordinator = Set.of(Role.COORDINATOR);
        assertThat(Role.mayManage(admin, Set.of(Role.COORDINATOR))).isTrue();
        assertThat(Role.mayManage(admin, Set.of(Role.ADMIN))).isTrue();
        assertThat(Role.mayManage(coordinator, Set.of(Role.REFERENT))).isTrue();
        assertThat(Role.mayManage(coordinator, Set.of(Role.REFERENT, Role.COORDINATOR))).isFalse();
        assertThat(Role.mayManage(coordinator, Set.of(Role.ADMIN))).isFalse();
        assertThat(Role.mayManage(coordinator, Set.of(Role.REFERENT, Role.VOLUNTEER))).isFalse();
        assertThat(Role.mayManage(Set.of(Role.REFERENT), Set.of(Role.REFERENT))).isFalse();
        assertThat(Role.mayManage(Set.of(Role.VOLUNTEER), Set.of(Role.REFERENT))).isFalse();
    }

    @Test
    void aReferentRefersForAtLeastOneCommuneAndOnlyReferentsHaveCommunes() {
        assertThatThrownBy(() -> Account.staff("a@b.fr", "A", Set.of(Role.REFERENT), Set.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Account.staff("a@b.fr", "A", Set.of(Role.ADMIN), Set.of("17300"), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Account.staff("a@b.fr", "A", Set.of(Role.REFERENT), Set.of("La Rochelle"), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Account.staff("a@b.fr", "A", Set.of(Role.VOLUNTEER), Set.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewAccountCannotSignInUntilAPasswordIsChosen() {
        Account account = Account.volunteer("claire@exemple.fr", "Claire", "Martin", "v-1", NOW);
        assertThat(account.canSignIn()).isFalse();
        account.setPassword("{bcrypt}hash", NOW);
        assertThat(account.canSignIn()).isTrue();
    }

    @Test
    void linkingTheSameVolunteerTwiceChangesNothing() {
        Account account = Account.staff("marc@voisins.fr", "Marc", Set.of(Role.COORDINATOR), Set.of(), NOW);
        assertThat(account.linkVolunteer("v-1", "Marc")).isTrue();
        assertThat(account.linkVolunteer("v-1", "Marc")).isFalse();
        assertThat(account.unlinkVolunteer()).isFalse();
        assertThat(account.roles()).containsExactly(Role.COORDINATOR);
        Account volunteer = Account.volunteer("claire@exemple.fr", "Claire", "Martin", "v-2", NOW);
        assertThat(volunteer.unlinkVolunteer()).isTrue();
    }

    @Test
    void aReferentRemovedFromTheirLastCommuneHasNothingLeft() {
        Account account = Account.referent("r-1", "marie@mairie.fr", "Marie", "17300", NOW);
        assertThat(account.appointReferent("r-1", "17300")).isFalse();
        assertThat(account.appointReferent("r-2", "17299")).isTrue();
        assertThat(account.removeReferent("r-1", "17300")).isFalse();
        assertThat(account.communes()).containsExactly("17299");
        assertThat(account.removeReferent("r-2", "17299")).isTrue();
        assertThat(account.roles()).isEmpty();
    }
}
