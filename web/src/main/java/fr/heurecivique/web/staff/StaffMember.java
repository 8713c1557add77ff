package fr.heurecivique.web.staff;

import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.signin.SignedIn;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The signed-in staff member of the current request, from the claims of their current access token ({@code roles},
 * {@code communes}, {@code email}): which sections of {@code /gestion} they see and which communes are theirs. Web
 * checks this for the person's comfort (a clear French 403 page); the services check the same token at each call.
 */
@Component
public class StaffMember {

    /** The roles that open the staff area (identity-service's roles, docs/security.md). */
    public static final List<String> STAFF_ROLES = List.of("REFERENT", "COORDINATOR", "ADMIN");

    private final SignedIn signedIn;

    StaffMember(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    /** The current staff member; empty when nobody is signed in. */
    public Optional<Staff> current() {
        return signedIn.claims().map(claims -> new Staff(claims.roles(), claims.communes(), claims.email()));
    }

    /** The current staff member, or a French 403 when the account has no staff role. */
    public Staff require() {
        return current().filter(Staff::isStaff).orElseThrow(() -> new ApiProblem(403, "Accès refusé",
                "Cet espace est réservé aux référents des communes, aux coordinateurs et à l’administration.",
                List.of()));
    }

    /** A staff member's roles, communes (a referent's INSEE codes) and address. */
    public record Staff(List<String> roles, List<String> communes, String email) {

        public boolean isReferent() {
            return roles.contains("REFERENT");
        }

        public boolean isCoordinator() {
            return roles.contains("COORDINATOR");
        }

        public boolean isAdmin() {
            return roles.contains("ADMIN");
        }

        public boolean isStaff() {
            return roles.stream().anyMatch(STAFF_ROLES::contains);
        }

        /** A referent manages their own communes; a coordinator any partner commune (the API's rule too). */
        public boolean managesCommune(String insee) {
            return (isReferent() && communes.contains(insee)) || isCoordinator();
        }
    }
}
