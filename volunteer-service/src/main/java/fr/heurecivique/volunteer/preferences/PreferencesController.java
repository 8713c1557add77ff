package fr.heurecivique.volunteer.preferences;

import fr.heurecivique.defaults.links.InvalidLinkException;
import fr.heurecivique.defaults.links.SignedLinks;
import fr.heurecivique.defaults.links.UsedLinks;
import fr.heurecivique.volunteer.volunteers.Consents;
import fr.heurecivique.volunteer.volunteers.ProfileChange;
import fr.heurecivique.volunteer.volunteers.Volunteer;
import fr.heurecivique.volunteer.volunteers.VolunteerStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.time.Clock;

/**
 * The page a volunteer opens from the link at the bottom of every email to choose how they are contacted, without
 * logging in: the link's signed token names the volunteer; the form acts once (a used link shows a French page).
 */
@Controller
class PreferencesController {

    /** The purpose of the links this page accepts; notification-service signs them. */
    static final String PURPOSE = "preferences";

    private final SignedLinks links;
    private final UsedLinks usedLinks;
    private final VolunteerStore volunteers;
    private final Clock clock;

    PreferencesController(SignedLinks links, UsedLinks usedLinks, VolunteerStore volunteers, Clock clock) {
        this.links = links;
        this.usedLinks = usedLinks;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    @GetMapping("/api/volunteers/preferences")
    String form(@RequestParam String token, Model model) {
        Volunteer volunteer = volunteers.get(links.verify(token, PURPOSE).subject());
        model.addAttribute("token", token);
        model.addAttribute("firstName", volunteer.firstName());
        model.addAttribute("consents", volunteer.consents());
        return "preferences";
    }

    @PostMapping("/api/volunteers/preferences")
    String save(@RequestParam String token, @RequestParam(defaultValue = "false") boolean email,
            @RequestParam(defaultValue = "false") boolean sms,
            @RequestParam(defaultValue = "false") boolean shareWithCommune, Model model) {
        SignedLinks.Link link = links.verify(token, PURPOSE);
        usedLinks.use(link);
        Consents chosen = new Consents(true, email, sms, shareWithCommune);
        volunteers.change(link.subject(), volunteer -> volunteer.update(new ProfileChange(null, null, null, null, null,
                null, false, null, false, chosen, null), clock.instant()));
        model.addAttribute("consents", chosen);
        return "preferences-saved";
    }

    @ExceptionHandler(InvalidLinkException.class)
    @ResponseStatus(HttpStatus.GONE)
    String unusable(InvalidLinkException e, Model model) {
        model.addAttribute("message", e.reason().frenchMessage());
        return "link-unusable";
    }
}
