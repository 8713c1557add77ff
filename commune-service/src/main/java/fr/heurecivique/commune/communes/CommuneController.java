package fr.heurecivique.commune.communes;

import fr.heurecivique.commune.paging.PageView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public: anyone may find a commune (sign-up forms, the "devenez commune partenaire" page); {@code status} lists the
 * communes at one step of the partnership (the coordinators' pipeline: the requests, the communes called…).
 */
@RestController
class CommuneController {

    private final Communes communes;
    private final CommuneSearch search;

    CommuneController(Communes communes, CommuneSearch search) {
        this.communes = communes;
        this.search = search;
    }

    @GetMapping("/api/communes")
    PageView<CommuneSummary> search(@RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) Boolean partner,
            @RequestParam(required = false) PartnershipStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return search.search(q, partner, status, page, size);
    }

    @GetMapping("/api/communes/{insee}")
    CommuneView commune(@PathVariable String insee) {
        return CommuneView.of(communes.get(insee));
    }
}
