package fr.heurecivique.identity.accounts;

import java.util.Set;

/**
 * What an account may do on the platform, carried in the tokens' {@code roles} claim. The services enforce them
 * (docs/security.md, "Who may do what"); identity-service only decides who may create which accounts.
 */
public enum Role {

    /** A resident who gives their hour: their own profile, bookings, matches and hours. */
    VOLUNTEER,
    /** A commune's local referent: their own commune(s) only ({@code communes} claim). */
    REFERENT,
    /** Voisins Solidaires' coordinators: onboarding, partnerships, referents, all rosters. */
    COORDINATOR,
    /** The Département's staff: everything read-only, plus accounts. */
    ADMIN;

    /**
     * Whether someone holding {@code creator} roles may create (or delete) an account with {@code roles}: an admin
     * any account, a coordinator referents' accounts only.
     */
    public static boolean mayManage(Set<Role> creator, Set<Role> roles) {
        if (creator.contains(ADMIN)) {
            return true;
        }
        return creator.contains(COORDINATOR) && !roles.isEmpty() && Set.of(REFERENT).containsAll(roles);
    }
}
