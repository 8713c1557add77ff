package fr.heurecivique.web.space;

import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.signin.AccessTokenClaims;
import fr.heurecivique.web.signin.SignedIn;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The volunteer the signed-in person is: the {@code volunteer_id} of their current access token. */
@Component
class CurrentVolunteer {

    private final SignedIn signedIn;

    CurrentVolunteer(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    Optional<String> id() {
        return signedIn.claims().flatMap(AccessTokenClaims::volunteer);
    }

    /** The volunteer id, or a French 403 page for an account that is not a volunteer's. */
    String require() {
        return id().orElseThrow(() -> new ApiProblem(403, "Accès refusé",
                "Votre compte n’est lié à aucune inscription de bénévole.", List.of()));
    }
}
