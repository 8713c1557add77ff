package fr.heurecivique.web.signin;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether someone is signed in, for the site's menu: "Se connecter" or "Mon espace" and "Me déconnecter". */
@ControllerAdvice
class SignInModelAdvice {

    @ModelAttribute("signedIn")
    boolean signedIn() {
        return SignedIn.isSignedIn();
    }
}
