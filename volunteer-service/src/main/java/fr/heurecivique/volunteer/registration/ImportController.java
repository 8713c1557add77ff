package fr.heurecivique.volunteer.registration;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The import of a Département's volunteers from a spreadsheet. Intended caller: coordinators (the web client). */
@RestController
class ImportController {

    private final VolunteerImports imports;

    ImportController(VolunteerImports imports) {
        this.imports = imports;
    }

    @PostMapping("/api/volunteers/imports")
    ImportReport importVolunteers(@Valid @RequestBody ImportRequest request) {
        return imports.apply(request);
    }
}
