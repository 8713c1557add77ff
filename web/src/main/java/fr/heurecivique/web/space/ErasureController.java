package fr.heurecivique.web.space;

import fr.heurecivique.web.api.FieldProblem;
import fr.heurecivique.web.signin.SessionProperties;
import fr.heurecivique.web.signin.SignInProperties;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.List;

/**
 * "Supprimer mon compte": after a confirmation, volunteer-service erases the volunteer (and with them, through its
 * events, their account and what the other services hold); the person is then signed out here and at the provider,
 * and lands on a public page that says it is done.
 */
@Controller
class ErasureController {

    static final String ERASED_PATH = "/compte-supprime";

    private final SpaceApi api;
    private final CurrentVolunteer current;
    private final OidcClientInitiatedLogoutSuccessHandler signOutEverywhere;
    private final String cookieName;

    ErasureController(SpaceApi api, CurrentVolunteer current, ClientRegistrationRepository registrations,
            SignInProperties signIn, SessionProperties session) {
        this.api = api;
        this.current = current;
        this.signOutEverywhere = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        this.signOutEverywhere.setPostLogoutRedirectUri(signIn.publicBase() + ERASED_PATH);
        this.signOutEverywhere.setDefaultTargetUrl(ERASED_PATH);
        this.cookieName = session.cookieName();
    }

    @PostMapping("/mon-espace/supprimer-mon-compte")
    String erase(@RequestParam(defaultValue = "false") boolean confirmation, Model model,
            HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String id = current.require();
        if (!confirmation) {
            SpaceController.withErrors(model, List.of(new FieldProblem("confirmation",
                    "Cochez la case pour confirmer que vous voulez supprimer votre compte.")));
            model.addAttribute("volunteer", api.volunteer(id));
            return "space/erase";
        }
        api.erase(id);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        new CookieClearingLogoutHandler(cookieName).logout(request, response, authentication);
        signOutEverywhere.onLogoutSuccess(request, response, authentication);
        return null;
    }

    @GetMapping(ERASED_PATH)
    String erased() {
        return "space/erased";
    }
}
