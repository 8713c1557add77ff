package fr.heurecivique.web.signin;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /connexion}: the "Se connecter" link. A signed-in person goes to their space; anyone else to the provider's
 * sign-in page; a sign-in that failed comes back here to a French page offering to try again.
 */
@Controller
class SignInController {

    @GetMapping("/connexion")
    String signIn() {
        return SignedIn.isSignedIn() ? "redirect:/mon-espace" : "redirect:" + SignInProperties.SIGN_IN_PATH;
    }

    /** Where Spring Security sends a sign-in that failed ({@code failureUrl}). */
    @GetMapping(path = "/connexion", params = "erreur")
    String failed() {
        return "signin/failed";
    }

    /**
     * Reached only when Spring Security's authorization request filter resolved nothing: the provider cannot be
     * reached (or web has no client secret). A French page, 503.
     */
    @GetMapping("/oauth2/authorization/{registrationId}")
    String unavailable(@PathVariable String registrationId, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        return "signin/unavailable";
    }
}
