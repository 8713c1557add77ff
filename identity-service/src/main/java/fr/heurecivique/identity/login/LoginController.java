package fr.heurecivique.identity.login;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The French sign-in page, instead of Spring Security's English default. */
@Controller
class LoginController {

    /**
     * @param error  present after a refused sign-in ({@code ?error})
     * @param logout present after signing out ({@code ?logout})
     */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            Model model) {
        model.addAttribute("refused", error != null);
        model.addAttribute("signedOut", logout != null);
        return "login";
    }

    /** Where a sign-in that no app asked for ends. */
    @GetMapping("/")
    String signedIn() {
        return "signed-in";
    }
}
