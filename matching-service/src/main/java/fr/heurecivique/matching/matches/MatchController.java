package fr.heurecivique.matching.matches;

import fr.heurecivique.defaults.web.FieldProblem;
import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.matching.domain.matches.CancellationReason;
import fr.heurecivique.matching.domain.matches.DeclineReason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import fr.heurecivique.defaults.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.Optional;

@RestController
@Tag(name = "Mises en relation", description = "Propositions, réponses des bénévoles et suites données")
class MatchController {

    private final Matches matches;

    MatchController(Matches matches) {
        this.matches = matches;
    }

    @PostMapping("/api/matches")
    @Operation(summary = "Un référent propose un bénévole pour un besoin (PROPOSED)")
    ResponseEntity<MatchView> propose(@Valid @RequestBody MatchRequests.Propose request) {
        Caller caller = Caller.current();
        String needId = request.needId().strip();
        MatchAccess.requireMayPropose(caller, matches.communeOfNeed(needId));
        MatchView match = matches.propose(needId, request.volunteerId().strip(),
                MatchAccess.proposer(caller, request.referentId()), request.occurrence());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(match.matchId()).toUri()).body(match);
    }

    @GetMapping("/api/matches/{id}")
    MatchView get(@PathVariable String id) {
        MatchView match = matches.get(id);
        MatchAccess.requireMayRead(Caller.current(), match);
        return match;
    }

    @PostMapping("/api/matches/{id}/accept")
    @Operation(summary = "Le bénévole accepte (409 si la proposition a expiré ou si le besoin est complet)")
    MatchView accept(@PathVariable String id) {
        return matches.accept(id, MatchAccess.answering(Caller.current(), matches.get(id)));
    }

    @PostMapping("/api/matches/{id}/decline")
    MatchView decline(@PathVariable String id, @Valid @RequestBody(required = false) MatchRequests.Decline request) {
        MatchRequests.Decline body = request == null ? new MatchRequests.Decline(null, null) : request;
        return matches.decline(id, MatchAccess.answering(Caller.current(), matches.get(id)),
                body.reason() == null ? null : DeclineReason.valueOf(body.reason()), blankToNull(body.note()));
    }

    @PostMapping("/api/matches/{id}/complete")
    @Operation(summary = "Le référent enregistre l’aide comme réalisée, avec sa durée réelle")
    MatchView complete(@PathVariable String id, @Valid @RequestBody MatchRequests.Complete request) {
        MatchAccess.requireMayManage(Caller.current(), matches.get(id));
        return matches.complete(id, request.actualMinutes());
    }

    @PostMapping("/api/matches/{id}/cancel")
    @Operation(summary = "Le bénévole (une mission acceptée) ou la commune annule ; qui annule vient du jeton")
    MatchView cancel(@PathVariable String id, @Valid @RequestBody MatchRequests.Cancel request) {
        return matches.cancel(id, MatchAccess.cancelling(Caller.current(), matches.get(id)),
                request.reason() == null ? null : CancellationReason.valueOf(request.reason()),
                blankToNull(request.note()));
    }

    @PostMapping("/api/matches/{id}/no-show")
    MatchView noShow(@PathVariable String id) {
        MatchAccess.requireMayManage(Caller.current(), matches.get(id));
        return matches.noShow(id);
    }

    @GetMapping("/api/matches/mine")
    @Operation(summary = "Les mises en relation du bénévole connecté (celui de son jeton), les plus récentes d’abord")
    List<MatchView> mine() {
        return ofVolunteer(MatchAccess.ownVolunteerId(Caller.current()));
    }

    @GetMapping("/api/matches")
    @Operation(summary = "Les mises en relation d’un besoin (needId) ou d’un bénévole (volunteerId) ; sans "
            + "paramètre, pour un bénévole connecté, les siennes")
    List<MatchView> list(@RequestParam(required = false) String needId,
            @RequestParam(required = false) String volunteerId) {
        Caller caller = Caller.current();
        if ((needId == null || needId.isBlank()) && (volunteerId == null || volunteerId.isBlank())
                && caller.has(fr.heurecivique.defaults.security.Role.VOLUNTEER) && caller.volunteerId().isPresent()) {
            return ofVolunteer(caller.volunteerId().get());
        }
        if ((needId == null || needId.isBlank()) == (volunteerId == null || volunteerId.isBlank())) {
            throw new InvalidFieldsException(List.of(
                    new FieldProblem("needId", "indiquez un besoin (needId) ou un bénévole (volunteerId)"),
                    new FieldProblem("volunteerId", "indiquez un besoin (needId) ou un bénévole (volunteerId)")));
        }
        return needId != null && !needId.isBlank() ? ofNeed(needId.strip()) : ofVolunteer(volunteerId.strip());
    }

    @GetMapping("/api/needs/{id}/matches")
    List<MatchView> ofNeed(@PathVariable String id) {
        Caller.require(Caller.current().mayReadCommune(matches.communeOfNeed(id)));
        return matches.ofNeed(id);
    }

    @GetMapping("/api/volunteers/{id}/matches")
    List<MatchView> ofVolunteer(@PathVariable String id) {
        return MatchAccess.visible(Caller.current(), id, matches.ofVolunteer(id));
    }

    private static String blankToNull(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
    }
}
