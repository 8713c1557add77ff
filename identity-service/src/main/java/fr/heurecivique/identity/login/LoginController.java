package fr.heurecivique.identity.login;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The French sign-in page, instead of Spring Security's English default. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Where a sign-in that no app asked for ends. */
    @GetMapping("/")
    String signedIn() {
        return "signed-in";
    }
}
