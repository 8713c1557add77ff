package fr.heurecivique.defaults.security;

/** The platform's roles, as named in the token's {@code roles} claim (authorities {@code ROLE_<name>}). */
public enum Role {
    VOLUNTEER, REFERENT, COORDINATOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
