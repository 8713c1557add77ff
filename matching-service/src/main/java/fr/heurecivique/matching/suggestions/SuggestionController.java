package fr.heurecivique.matching.suggestions;

import fr.heurecivique.defaults.security.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SuggestionController {

    private final Suggestions suggestions;

    SuggestionController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping("/api/needs/{id}/suggestions")
    SuggestionsView suggestions(@PathVariable String id,
            @RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
        SuggestionsView view = suggestions.forNeed(id, limit);
        // The need's commune decides: its referents, coordinators and admins (AccessRulesConfiguration).
        Caller.require(Caller.current().mayReadCommune(view.communeInsee()));
        return view;
    }
}
