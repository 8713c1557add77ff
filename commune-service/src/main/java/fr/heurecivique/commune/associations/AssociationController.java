package fr.heurecivique.commune.associations;

import fr.heurecivique.commune.communes.Communes;
import fr.heurecivique.defaults.web.ResourceNotFoundException;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/** The local associations of a commune: recorded and read by the commune's referents and by coordinators. */
@RestController
@RequestMapping("/api/communes/{insee}/associations")
class AssociationController {

    private final Communes communes;
    private final Associations associations;

    AssociationController(Communes communes, Associations associations) {
        this.communes = communes;
        this.associations = associations;
    }

    @PostMapping
    ResponseEntity<AssociationView> record(@PathVariable String insee, @Valid @RequestBody AssociationForm form) {
        Association association = associations.record(communes.get(insee), form);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(association.id()).toUri()).body(AssociationView.of(association));
    }

    @GetMapping
    List<AssociationView> associations(@PathVariable String insee) {
        communes.get(insee);
        return associations.of(insee).stream().map(AssociationView::of).toList();
    }

    @GetMapping("/{id}")
    AssociationView association(@PathVariable String insee, @PathVariable String id) {
        communes.get(insee);
        return associations.of(insee).stream().filter(association -> association.id().equals(id)).findFirst()
                .map(AssociationView::of)
                .orElseThrow(() -> new ResourceNotFoundException("Aucune association de cette commune n’a cet "
                        + "identifiant."));
    }
}
