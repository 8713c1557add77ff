package fr.heurecivique.defaults.security;

/** The claims of the platform's access tokens that the services rely on (docs/security.md, "Tokens"). */
public final class Claims {

    public static final String ROLES = "roles";
    public static final String VOLUNTEER_ID = "volunteer_id";
    public static final String COMMUNES = "communes";
    public static final String SCOPE = "scope";
    /** The scope of service clients, authority {@code SCOPE_internal}. */
    public static final String INTERNAL_SCOPE = "internal";
    public static final String INTERNAL_AUTHORITY = "SCOPE_" + INTERNAL_SCOPE;

    private Claims() {
    }
}
