package fr.heurecivique.web.staff.imports;

import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.api.ApiUnavailableException;
import fr.heurecivique.web.forms.FormErrors;
import fr.heurecivique.web.forms.Option;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * "Importer des données" ({@code /gestion/import}, coordinators): a CSV of volunteers or of partner communes, checked
 * first (dry run: each line's problems, nothing saved), then imported through the services' rules; the report comes
 * after a redirect (post, redirect, get). The file is sent again for the import: nothing of it is kept in between.
 */
@Controller
class ImportController {

    static final List<String> FIELDS = List.of("kind", "file", "consent");

    private final Importer importer;

    ImportController(Importer importer) {
        this.importer = importer;
    }

    @GetMapping("/gestion/import")
    String form(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors(FIELDS));
        }
        model.addAttribute("kinds", kinds());
        model.addAttribute("columns", List.of(ImportKind.VOLUNTEERS, ImportKind.COMMUNES));
        if (!model.containsAttribute("kind")) {
            model.addAttribute("kind", "");
        }
        return "staff/imports/import";
    }

    @PostMapping("/gestion/import")
    String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) Boolean consent, @RequestParam(defaultValue = "essai") String mode,
            Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        FormErrors errors = new FormErrors(FIELDS);
        Optional<ImportKind> chosen = ImportKind.of(kind);
        if (chosen.isEmpty()) {
            errors.add("kind", "Choisissez ce que contient le fichier : des bénévoles ou des communes partenaires");
        }
        if (file == null || file.isEmpty()) {
            errors.add("file", "Choisissez le fichier CSV à importer");
        }
        boolean consented = Boolean.TRUE.equals(consent);
        if (chosen.orElse(null) == ImportKind.VOLUNTEERS && !consented) {
            errors.add("consent", "Confirmez que les bénévoles du fichier ont accepté le traitement de leurs données");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", errors);
            model.addAttribute("kind", kind == null ? "" : kind);
            return form(model);
        }
        boolean dryRun = !"import".equals(mode);
        try {
            ImportReport report = importer.run(chosen.get(), fileName(file), file.getBytes(), dryRun, consented,
                    recordedBy());
            redirect.addFlashAttribute("report", report);
            return "redirect:/gestion/import/rapport";
        } catch (ApiProblem | ApiUnavailableException problem) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            errors.add("file", problem instanceof ApiProblem api && api.status() == 403
                    ? "Votre compte ne permet pas d’importer des données"
                    : "Le service n’a pas pu traiter le fichier pour le moment ; réessayez dans quelques minutes. "
                            + "Les lignes déjà importées le restent : un nouvel import ne les créera pas deux fois.");
            model.addAttribute("errors", errors);
            model.addAttribute("kind", kind);
            return form(model);
        }
    }

    @GetMapping("/gestion/import/rapport")
    String report(Model model) {
        if (!model.containsAttribute("report")) {
            return "redirect:/gestion/import";
        }
        model.addAttribute("errors", new FormErrors(FIELDS));
        model.addAttribute("kinds", kinds());
        model.addAttribute("columns", List.of(ImportKind.VOLUNTEERS, ImportKind.COMMUNES));
        model.addAttribute("kind", ((ImportReport) model.getAttribute("report")).kind().name());
        return "staff/imports/report";
    }

    private static List<Option> kinds() {
        return List.of(new Option(ImportKind.VOLUNTEERS.name(), "Des bénévoles"),
                new Option(ImportKind.COMMUNES.name(), "Des communes partenaires"));
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "fichier.csv";
        }
        name = name.replaceAll(".*[/\\\\]", "");
        return name.length() > 80 ? name.substring(0, 80) : name;
    }

    /** The coordinator, for the partnerships' history: their name as the provider gives it. */
    private static String recordedBy() {
        Object principal = SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        if (principal instanceof OidcUser user) {
            String name = user.getFullName() != null ? user.getFullName() : user.getEmail();
            if (name != null && !name.isBlank()) {
                return name.length() > 100 ? name.substring(0, 100) : name;
            }
        }
        return "Import du Département";
    }
}
