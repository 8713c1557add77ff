package fr.heurecivique.commune.figures;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Public: the scheme's figures hold no personal data (the Département publishes them). */
@RestController
class FiguresController {

    private final Figures figures;

    FiguresController(Figures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/communes/figures")
    DepartementFigures departement() {
        return figures.departement();
    }

    @GetMapping("/api/communes/{insee}/figures")
    CommuneFigures commune(@PathVariable String insee) {
        return figures.commune(insee);
    }

    /** The open needs to come, per month and kind of help: counts only, for the commune's public page. */
    @GetMapping("/api/communes/{insee}/needs-to-come")
    NeedsToCome needsToCome(@PathVariable String insee) {
        return figures.needsToCome(insee);
    }
}
