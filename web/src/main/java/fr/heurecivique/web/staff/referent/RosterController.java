package fr.heurecivique.web.staff.referent;

import fr.heurecivique.web.forms.Option;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * The commune's roster ({@code /gestion/communes/{insee}/benevoles}): the volunteers of the commune in a table,
 * filtered by status, kind of help and way of helping (a GET form), and the same list as the CSV file volunteer-service
 * makes for the town hall. Contact details only of those who agreed to share them with their commune.
 */
@Controller
@RequestMapping("/gestion/communes/{insee}")
class RosterController {

    private final ReferentApi api;
    private final CommuneAccess access;

    RosterController(ReferentApi api, CommuneAccess access) {
        this.api = api;
        this.access = access;
    }

    @GetMapping("/benevoles")
    String roster(@PathVariable String insee, @RequestParam(required = false) String statut,
            @RequestParam(required = false) String aide, @RequestParam(required = false) String mode,
            @RequestParam(defaultValue = "0") int page, Model model) {
        access.open(insee, model);
        String status = known(statut, ReferentLabels.VOLUNTEER_STATUSES);
        String kind = aide != null && ReferentLabels.KIND_CODES.contains(aide) ? aide : null;
        String how = known(mode, ReferentLabels.MODES);
        model.addAttribute("roster", api.roster(insee, status, kind, how, Math.max(0, page)));
        model.addAttribute("statut", status);
        model.addAttribute("aide", kind);
        model.addAttribute("mode", how);
        model.addAttribute("statuses", ReferentLabels.VOLUNTEER_STATUSES);
        List<Option> kinds = new ArrayList<>();
        kinds.add(new Option("", "Tous les types d’aide"));
        kinds.addAll(ReferentLabels.KINDS);
        model.addAttribute("kinds", kinds);
        model.addAttribute("modes", ReferentLabels.MODES);
        model.addAttribute("csv", UriComponentsBuilder.fromPath("/gestion/communes/" + insee + "/benevoles.csv")
                .queryParamIfPresent("statut", java.util.Optional.ofNullable(status))
                .queryParamIfPresent("aide", java.util.Optional.ofNullable(kind))
                .queryParamIfPresent("mode", java.util.Optional.ofNullable(how)).build().toUriString());
        return "staff/referent/roster";
    }

    @GetMapping("/benevoles.csv")
    ResponseEntity<byte[]> csv(@PathVariable String insee, @RequestParam(required = false) String statut,
            @RequestParam(required = false) String aide, @RequestParam(required = false) String mode, Model model) {
        access.open(insee, model);
        byte[] file = api.rosterCsv(insee, known(statut, ReferentLabels.VOLUNTEER_STATUSES),
                aide != null && ReferentLabels.KIND_CODES.contains(aide) ? aide : null, known(mode, ReferentLabels.MODES));
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("benevoles-" + insee + ".csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file);
    }

    private static String known(String value, List<Option> options) {
        return value == null || value.isBlank() ? null : options.stream().map(Option::value)
                .filter(value::equals).findFirst().orElse(null);
    }
}
