package fr.heurecivique.commune.referents;

import fr.heurecivique.commune.communes.Commune;
import fr.heurecivique.commune.communes.Communes;
import fr.heurecivique.commune.communes.Referent;
import fr.heurecivique.commune.phones.PhoneNumbers;
import fr.heurecivique.defaults.web.ResourceNotFoundException;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The local referents of a partner commune. Appointing and removing: coordinators; the list: coordinators and the
 * commune's referents ({@code AccessRulesConfiguration}). The rules of the roster itself are {@code Commune}'s.
 */
@RestController
@RequestMapping("/api/communes/{insee}/referents")
class ReferentController {

    private static final Logger log = LoggerFactory.getLogger(ReferentController.class);

    private final Communes communes;
    private final Clock clock;

    ReferentController(Communes communes, Clock clock) {
        this.communes = communes;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<ReferentView> appoint(@PathVariable String insee, @Valid @RequestBody ReferentForm form) {
        Referent referent = communes.change(insee, commune -> commune.appointReferent(form.firstName().strip(),
                form.lastName().strip(), form.email().strip().toLowerCase(Locale.ROOT),
                PhoneNumbers.e164(form.phone()).orElseThrow(), form.role().strip(), clock.instant()));
        log.info("Commune {}: referent {} appointed", insee, referent.id());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(referent.id()).toUri()).body(ReferentView.of(insee, referent));
    }

    @GetMapping
    List<ReferentView> referents(@PathVariable String insee) {
        return communes.get(insee).referents().stream().map(referent -> ReferentView.of(insee, referent)).toList();
    }

    @GetMapping("/{referentId}")
    ReferentView referent(@PathVariable String insee, @PathVariable String referentId) {
        Commune commune = communes.get(insee);
        return commune.referent(referentId).map(referent -> ReferentView.of(insee, referent))
                .orElseThrow(() -> new ResourceNotFoundException("Aucun référent de la commune " + commune.name()
                        + " n’a cet identifiant."));
    }

    @DeleteMapping("/{referentId}")
    ResponseEntity<Void> remove(@PathVariable String insee, @PathVariable String referentId) {
        communes.change(insee, commune -> {
            commune.removeReferent(referentId, clock.instant());
            return null;
        });
        log.info("Commune {}: referent {} removed", insee, referentId);
        return ResponseEntity.noContent().build();
    }
}
