package fr.heurecivique.matching.matches;

import fr.heurecivique.defaults.links.InvalidLinkException;
import fr.heurecivique.defaults.links.SignedLinks;
import fr.heurecivique.defaults.links.UsedLinks;
import fr.heurecivique.defaults.web.ResourceNotFoundException;
import fr.heurecivique.defaults.web.StateConflictException;
import fr.heurecivique.matching.domain.matches.DeclineReason;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import fr.heurecivique.matching.domain.activity.Months;
import fr.heurecivique.matching.domain.ranking.FrenchText;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/**
 * The pages a volunteer opens from the two links of a proposal's email or SMS (notification-service signs them:
 * {@code match-accept} or {@code match-decline} about the match id). Opening a link changes nothing — mail scanners
 * open links too — it shows the proposal and a button; the button's POST uses the link once and answers.
 */
@Controller
@Hidden
class AnswerLinkController {

    static final String ACCEPT = "match-accept";
    static final String DECLINE = "match-decline";
    private static final DateTimeFormatter EXPIRES = DateTimeFormatter.ofPattern("EEEE d MMMM 'à' H' h 'mm",
            Locale.FRANCE).withZone(Months.ZONE);

    private final SignedLinks links;
    private final UsedLinks usedLinks;
    private final Matches matches;

    AnswerLinkController(SignedLinks links, UsedLinks usedLinks, Matches matches) {
        this.links = links;
        this.usedLinks = usedLinks;
        this.matches = matches;
    }

    @GetMapping("/api/matches/answer")
    String confirm(@RequestParam(required = false) String token, Model model) {
        SignedLinks.Link link = verify(token);
        MatchView match = matches.get(link.subject());
        if (!"PROPOSED".equals(match.status())) {
            throw new StateConflictException(noLongerProposed(match));
        }
        model.addAttribute("token", token);
        model.addAttribute("accept", ACCEPT.equals(link.purpose()));
        model.addAttribute("match", match);
        model.addAttribute("reasons", Arrays.asList(DeclineReason.values()));
        model.addAttribute("distance", match.distanceKm() == null ? "dans votre commune"
                : "à " + FrenchText.kilometres(match.distanceKm()) + " de chez vous");
        model.addAttribute("expires", EXPIRES.format(match.expiresAt()));
        return "match-answer";
    }

    @PostMapping("/api/matches/answer")
    String answer(@RequestParam(required = false) String token, @RequestParam(required = false) String reason,
            Model model) {
        SignedLinks.Link link = verify(token);
        usedLinks.use(link); // a second use is a 410, whatever became of the match
        MatchView current = matches.get(link.subject());
        if (!"PROPOSED".equals(current.status())) {
            throw new StateConflictException(noLongerProposed(current));
        }
        boolean accept = ACCEPT.equals(link.purpose());
        MatchView match = accept ? matches.accept(link.subject(), java.util.Optional.empty())
                : matches.decline(link.subject(), java.util.Optional.empty(), declineReason(reason), null);
        model.addAttribute("accept", accept);
        model.addAttribute("match", match);
        return "match-answered";
    }

    private SignedLinks.Link verify(String token) {
        try {
            return links.verify(token, ACCEPT);
        } catch (InvalidLinkException notAnAcceptLink) {
            if (notAnAcceptLink.reason() != InvalidLinkException.Reason.INVALID) {
                throw notAnAcceptLink;
            }
            return links.verify(token, DECLINE);
        }
    }

    private static DeclineReason declineReason(String code) {
        return Arrays.stream(DeclineReason.values()).filter(reason -> reason.name().equals(code)).findFirst()
                .orElse(DeclineReason.OTHER);
    }

    private static String noLongerProposed(MatchView match) {
        return "Cette proposition n’attend plus de réponse : elle est " + match.statusLabel() + ".";
    }

    @ExceptionHandler(InvalidLinkException.class)
    @ResponseStatus(HttpStatus.GONE)
    String unusable(InvalidLinkException e, Model model) {
        model.addAttribute("title", "Ce lien ne peut plus servir");
        model.addAttribute("message", e.reason().frenchMessage());
        return "match-link-message";
    }

    @ExceptionHandler(StateConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(StateConflictException e, Model model) {
        model.addAttribute("title", "Cette proposition n’attend plus de réponse");
        model.addAttribute("message", e.getMessage());
        return "match-link-message";
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown(ResourceNotFoundException e, Model model) {
        model.addAttribute("title", "Proposition introuvable");
        model.addAttribute("message", "Cette proposition n’existe plus.");
        return "match-link-message";
    }
}
