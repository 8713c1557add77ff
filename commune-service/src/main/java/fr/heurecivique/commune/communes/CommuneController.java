package fr.heurecivique.commune.communes;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CommuneController {

    private final Communes communes;

    CommuneController(Communes communes) {
        this.communes = communes;
    }

    @GetMapping("/api/communes/{insee}")
    CommuneView commune(@PathVariable String insee) {
        return CommuneView.of(communes.get(insee));
    }
}
