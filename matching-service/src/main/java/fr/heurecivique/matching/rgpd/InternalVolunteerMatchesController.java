package fr.heurecivique.matching.rgpd;

import fr.heurecivique.matching.matches.MatchView;
import fr.heurecivique.matching.matches.Matches;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * What matching-service holds about a volunteer, for their RGPD export (volunteer-service gathers it): every match
 * (mise en relation) with its need's title, date, status and minutes, and the minutes given in all. Internal API: a
 * service token only ({@code Access.internalService()}), never routed by the gateway.
 */
@RestController
class InternalVolunteerMatchesController {

    private final Matches matches;

    InternalVolunteerMatchesController(Matches matches) {
        this.matches = matches;
    }

    /**
     * @param volunteerId the volunteer
     * @param minutesGiven the minutes of their completed matches, in all
     * @param matches     their matches, newest first
     */
    record VolunteerMatches(String volunteerId, int minutesGiven, List<MatchView> matches) {
    }

    @GetMapping("/internal/volunteers/{id}/matches")
    VolunteerMatches ofVolunteer(@PathVariable String id) {
        List<MatchView> theirs = matches.ofVolunteer(id);
        int minutes = theirs.stream().filter(match -> "COMPLETED".equals(match.status()))
                .mapToInt(match -> match.actualMinutes() == null ? 0 : match.actualMinutes()).sum();
        return new VolunteerMatches(id, minutes, theirs);
    }
}
