package fr.heurecivique.defaults.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who makes the current request, read from the validated access token: what controllers and domain services need to
 * decide "their own" (a volunteer's own record, a referent's own communes) and to record who acted. Holds no personal
 * data: the subject is an opaque account or client id.
 *
 * @param subject     the token's {@code sub} (account id, or a service's client id); {@code null} when anonymous
 * @param roles       the roles the platform knows among the {@code roles} claim
 * @param volunteerId the {@code volunteer_id} claim, if any
 * @param communes    the {@code communes} claim (INSEE codes of a referent)
 * @param internal    a service calling with scope {@code internal}
 */
public record Caller(String subject, Set<Role> roles, Optional<String> volunteerId, Set<String> communes,
        boolean internal) {

    public static final Caller ANONYMOUS = new Caller(null, Set.of(), Optional.empty(), Set.of(), false);

    /** The caller of the request being handled on this thread. */
    public static Caller current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Caller of(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token) || !token.isAuthenticated()) {
            return ANONYMOUS;
        }
        Jwt jwt = token.getToken();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (has(token.getAuthorities(), role.authority())) {
                roles.add(role);
            }
        }
        List<String> communes = jwt.getClaimAsStringList(Claims.COMMUNES);
        return new Caller(jwt.getSubject(), Set.copyOf(roles),
                Optional.ofNullable(jwt.getClaimAsString(Claims.VOLUNTEER_ID)).filter(id -> !id.isBlank()),
                communes == null ? Set.of() : Set.copyOf(new TreeSet<>(communes)),
                has(token.getAuthorities(), Claims.INTERNAL_AUTHORITY));
    }

    private static boolean has(Collection<? extends GrantedAuthority> authorities, String authority) {
        return authorities.stream().anyMatch(granted -> authority.equals(granted.getAuthority()));
    }

    public boolean authenticated() {
        return subject != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The volunteer {@code id} themselves. */
    public boolean isVolunteer(String id) {
        return has(Role.VOLUNTEER) && id != null && volunteerId.filter(id::equals).isPresent();
    }

    /** A referent of the commune {@code insee}. */
    public boolean isReferentOf(String insee) {
        return has(Role.REFERENT) && insee != null && communes.contains(insee);
    }

    /** Who may read what a commune records (its needs, beneficiaries...): its referents, coordinators, admins. */
    public boolean mayReadCommune(String insee) {
        return isReferentOf(insee) || hasAny(Role.COORDINATOR, Role.ADMIN);
    }

    /** Who may change what a commune records: its referents and coordinators (admins only read). */
    public boolean mayManageCommune(String insee) {
        return isReferentOf(insee) || has(Role.COORDINATOR);
    }

    /**
     * For the rules a request path cannot express (a need's commune is in the need): refuses with a 403 problem
     * unless {@code allowed}.
     */
    public static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("Votre compte n’a pas accès à cette ressource.");
        }
    }

    /** How the audit names the caller's role: the highest they hold. */
    public String mainRole() {
        for (Role role : List.of(Role.ADMIN, Role.COORDINATOR, Role.REFERENT, Role.VOLUNTEER)) {
            if (roles.contains(role)) {
                return role.name();
            }
        }
        return internal ? "SERVICE" : "ANONYMOUS";
    }
}
