package fr.heurecivique.matching.hours;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Heures", description = "Le compteur d’heures données")
class HoursController {

    private final HoursLedger ledger;

    HoursController(HoursLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/api/volunteers/{id}/hours")
    @Operation(summary = "Les heures d’un bénévole : ce mois-ci, cette année, et mois par mois")
    VolunteerHours ofVolunteer(@PathVariable String id) {
        return ledger.ofVolunteer(id);
    }

    @GetMapping("/api/stats")
    @Operation(summary = "Chiffres publics : heures données ce mois-ci et cette année, pour le département, par "
            + "commune, par type d’aide et par partenaire (sans donnée personnelle)")
    HoursFigures figures() {
        return ledger.figures();
    }

    @GetMapping("/api/stats/months")
    @Operation(summary = "Chiffres détaillés (personnel du Département et coordinateurs) : minutes données mois par "
            + "mois sur les derniers mois, pour le département, par commune et par partenaire")
    MonthlyFigures monthly(@RequestParam(defaultValue = "12") @Min(1) @Max(36) int months) {
        return ledger.monthly(months);
    }
}
