package fr.heurecivique.commune.partnership;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The import of a Département's partner communes from a spreadsheet. Intended caller: coordinators (web client). */
@RestController
class PartnershipImportController {

    private final PartnershipImports imports;

    PartnershipImportController(PartnershipImports imports) {
        this.imports = imports;
    }

    @PostMapping("/api/communes/partnership-imports")
    PartnershipImportReport importPartnerships(@Valid @RequestBody PartnershipImportRequest request) {
        return imports.apply(request);
    }
}
