package fr.heurecivique.web.legal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages a French public service must have (issue 12, item 6), and the offline page of the PWA. */
@Controller
class LegalController {

    @GetMapping("/mentions-legales")
    String legalNotice() {
        return "legal/mentions-legales";
    }

    @GetMapping("/donnees-personnelles")
    String personalData() {
        return "legal/donnees-personnelles";
    }

    @GetMapping("/accessibilite")
    String accessibility() {
        return "legal/accessibilite";
    }

    @GetMapping("/plan-du-site")
    String siteMap() {
        return "legal/plan-du-site";
    }

    @GetMapping("/hors-ligne")
    String offline() {
        return "offline";
    }
}
