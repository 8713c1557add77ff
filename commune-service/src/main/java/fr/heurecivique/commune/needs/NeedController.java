package fr.heurecivique.commune.needs;

import fr.heurecivique.commune.communes.Communes;
import fr.heurecivique.defaults.outbox.OutboxEvents;
import fr.heurecivique.defaults.web.ResourceNotFoundException;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;

@RestController
class NeedController {

    private final Communes communes;
    private final NeedRepository needs;
    private final OutboxEvents events;
    private final Clock clock;

    NeedController(Communes communes, NeedRepository needs, OutboxEvents events, Clock clock) {
        this.communes = communes;
        this.needs = needs;
        this.events = events;
        this.clock = clock;
    }

    @PostMapping("/api/communes/{insee}/needs")
    ResponseEntity<NeedView> post(@PathVariable String insee, @Valid @RequestBody PostNeedRequest request) {
        Need need = needs.insert(Need.post(communes.get(insee), request.title().strip(),
                KindOfHelp.valueOf(request.kind()), request.description().strip(), clock.instant(), events));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/needs/{id}")
                .buildAndExpand(need.id()).toUri()).body(NeedView.of(need));
    }

    @GetMapping("/api/needs/{id}")
    NeedView need(@PathVariable String id) {
        return needs.findById(id).map(NeedView::of)
                .orElseThrow(() -> new ResourceNotFoundException("Aucun besoin n’a cet identifiant."));
    }
}
