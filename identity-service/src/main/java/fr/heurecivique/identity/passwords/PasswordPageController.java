package fr.heurecivique.identity.passwords;

import fr.heurecivique.defaults.links.InvalidLinkException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Optional;

/**
 * The French pages where someone chooses their password through an emailed link, and asks for a new link. Public:
 * the link's token is the proof; a used, expired or mangled link gets a page that says so and how to get another.
 */
@Controller
class PasswordPageController {

    private final PasswordSetups setups;

    PasswordPageController(PasswordSetups setups) {
        this.setups = setups;
    }

    @GetMapping(PasswordSetups.PAGE)
    String form(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        try {
            setups.check(token);
        } catch (InvalidLinkException e) {
            return invalidLink(e, model, response);
        }
        model.addAttribute("token", token);
        return "password/choose";
    }

    @PostMapping(PasswordSetups.PAGE)
    String choose(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirmation, Model model, HttpServletResponse response) {
        Optional<String> problem = PasswordRule.problem(password, confirmation);
        try {
            if (problem.isPresent()) {
                setups.check(token);
                model.addAttribute("token", token);
                model.addAttribute("error", problem.get());
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return "password/choose";
            }
            model.addAttribute("email", setups.choose(token, password));
        } catch (InvalidLinkException e) {
            return invalidLink(e, model, response);
        }
        return "password/done";
    }

    @GetMapping("/account/password-reset")
    String resetForm() {
        return "password/reset";
    }

    /** Always the same answer, whether or not an account has this address. */
    @PostMapping("/account/password-reset")
    String reset(@RequestParam(required = false) String email, Model model, HttpServletResponse response) {
        if (email == null || email.isBlank() || email.length() > 254 || !email.contains("@")) {
            model.addAttribute("error", "Saisissez votre adresse e-mail, par exemple claire.martin@exemple.fr.");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "password/reset";
        }
        setups.requestReset(email);
        return "password/reset-requested";
    }

    private static String invalidLink(InvalidLinkException e, Model model, HttpServletResponse response) {
        model.addAttribute("reason", e.reason().name());
        model.addAttribute("message", switch (e.reason()) {
            case EXPIRED -> "Ce lien a expiré : par sécurité, un lien pour choisir son mot de passe ne sert que "
                    + "pendant quelques jours.";
            case USED -> "Ce lien a déjà servi : un lien pour choisir son mot de passe ne sert qu’une fois.";
            case INVALID -> "Ce lien n’est pas valide. Vérifiez qu’il a été copié en entier depuis l’e-mail reçu.";
        });
        response.setStatus(e.reason() == InvalidLinkException.Reason.INVALID ? HttpStatus.BAD_REQUEST.value()
                : HttpStatus.GONE.value());
        return "password/link-invalid";
    }
}
