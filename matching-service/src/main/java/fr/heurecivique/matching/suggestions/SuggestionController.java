package fr.heurecivique.matching.suggestions;

import fr.heurecivique.defaults.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Suggestions", description = "Bénévoles classés pour un besoin, avec leurs raisons")
class SuggestionController {

    private final Suggestions suggestions;

    SuggestionController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping("/api/needs/{id}/suggestions")
    @Operation(summary = "Les bénévoles qui respectent toutes les règles, du mieux placé au moins bien placé",
            description = "Règles : bénévole actif, mode (entre voisins / associations), type d’aide, distance dans "
                    + "son périmètre, disponibilité, engagement mensuel non épuisé, pas déjà proposé ni ayant décliné. "
                    + "Puis un score : proximité, peu d’heures ce mois-ci, attente la plus longue, fiabilité.")
    SuggestionsView suggestions(@PathVariable String id,
            @RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
        SuggestionsView view = suggestions.forNeed(id, limit);
        // The need's commune decides: its referents, coordinators and admins (AccessRulesConfiguration).
        Caller.require(Caller.current().mayReadCommune(view.communeInsee()));
        return view;
    }
}
