package fr.heurecivique.matching.suggestions;

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
        return suggestions.forNeed(id, limit);
    }
}
