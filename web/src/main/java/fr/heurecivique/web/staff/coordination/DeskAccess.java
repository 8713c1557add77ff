package fr.heurecivique.web.staff.coordination;

import fr.heurecivique.web.signin.AccessTokenClaims;
import fr.heurecivique.web.signin.SignedIn;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who may open the coordinator's desk and the administrator's pages, checked on the server before any API call (the
 * API checks again): a signed-out visitor is sent to sign in and back (Spring Security's entry point, from the
 * {@link AccessDeniedException}); a signed-in person without the role gets the French 403 page
 * ({@link DeskRefused}). The roles are read from the current access token, so a change counts from its next refresh.
 * (A minimal check of the desk's own, until the staff area's foundation gives one for {@code /gestion/**}.)
 */
@Component
public class DeskAccess {

    private final SignedIn signedIn;

    DeskAccess(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    /** Throws unless the signed-in person holds {@code role} ({@code COORDINATOR}, {@code ADMIN}). */
    public void require(String role, String pageFor) {
        if (!SignedIn.isSignedIn()) {
            throw new AccessDeniedException("Sign-in needed");
        }
        Optional<AccessTokenClaims> claims = signedIn.claims();
        if (claims.isEmpty() || !claims.get().roles().contains(role)) {
            throw new DeskRefused(pageFor);
        }
    }

    /** A signed-in person without the role: the French 403 page says whom the page is for. */
    public static final class DeskRefused extends RuntimeException {

        private final String pageFor;

        DeskRefused(String pageFor) {
            super("Refused: the page is for " + pageFor);
            this.pageFor = pageFor;
        }

        public String pageFor() {
            return pageFor;
        }
    }
}
