package fr.heurecivique.volunteer.figures;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Counts of volunteers for the Département's dashboard and the partners' reports: no personal data. Intended
 * callers: Département staff, coordinators, partner organisations (their own code).
 */
@RestController
class FiguresController {

    private final Figures figures;

    FiguresController(Figures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/volunteers/figures")
    VolunteerFigures figures() {
        return figures.compute();
    }
}
