package fr.heurecivique.web.communes;

import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.api.ApiUnavailableException;
import fr.heurecivique.web.forms.FormErrors;
import fr.heurecivique.web.forms.FormNotice;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * "Trouver ma commune": the search (a GET form), a commune's page (partner or not, its figures, its needs to come in
 * general terms) and, for a commune that is not a partner, the "Devenir commune partenaire" form.
 */
@Controller
class CommuneController {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private final CommuneApi communes;

    CommuneController(CommuneApi communes) {
        this.communes = communes;
    }

    @GetMapping("/communes")
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model,
            HttpServletResponse response) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        FormErrors errors = new FormErrors(List.of("q"));
        model.addAttribute("errors", errors);
        if (query.length() > 100) {
            errors.add("q", "Votre recherche ne doit pas dépasser 100 caractères");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "communes/search";
        }
        if (!query.isEmpty()) {
            try {
                model.addAttribute("results", communes.search(query, Math.max(0, page)));
            } catch (ApiProblem problem) {
                if (!problem.errors().isEmpty()) {
                    errors.addAll(problem.errors(), field -> "q", field -> "Commune");
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                } else {
                    model.addAttribute("notice", FormNotice.of(problem));
                    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                }
            } catch (ApiUnavailableException unavailable) {
                model.addAttribute("notice", FormNotice.unavailable());
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
        return "communes/search";
    }

    @GetMapping("/communes/{insee}")
    String commune(@PathVariable String insee, Model model) {
        return page(insee, model, PartnershipForm.empty(), new FormErrors(PartnershipForm.FIELDS));
    }

    @PostMapping("/communes/{insee}/partenariat")
    String requestPartnership(@PathVariable String insee, @Valid @ModelAttribute("form") PartnershipForm form,
            BindingResult binding, Model model, HttpServletResponse response) {
        FormErrors errors = new FormErrors(PartnershipForm.FIELDS).addAll(binding);
        if (errors.isEmpty()) {
            try {
                communes.requestPartnership(validInsee(insee), form);
                return "redirect:/communes/" + insee + "/partenariat/merci";
            } catch (ApiProblem problem) {
                if (problem.isNotFound()) {
                    throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
                }
                if (!problem.errors().isEmpty()) {
                    errors.addAll(problem.errors(), field -> PartnershipForm.FIELDS.contains(field) ? field : null,
                            field -> PartnershipForm.LABELS.getOrDefault(field, field));
                } else {
                    model.addAttribute("notice", FormNotice.of(problem));
                }
                response.setStatus(problem.status() == 409 ? HttpServletResponse.SC_CONFLICT
                        : problem.isUnavailable() ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                                : HttpServletResponse.SC_BAD_REQUEST);
                return page(insee, model, form, errors);
            } catch (ApiUnavailableException unavailable) {
                model.addAttribute("notice", FormNotice.unavailable());
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return page(insee, model, form, errors);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(insee, model, form, errors);
    }

    @GetMapping("/communes/{insee}/partenariat/merci")
    String partnershipRequested(@PathVariable String insee, Model model) {
        model.addAttribute("commune", commune(validInsee(insee)));
        return "communes/partnership-requested";
    }

    private String page(String insee, Model model, PartnershipForm form, FormErrors errors) {
        CommuneApi.CommuneView commune = commune(validInsee(insee));
        model.addAttribute("commune", commune);
        model.addAttribute("partner", "PARTNER".equals(commune.partnershipStatus()));
        model.addAttribute("statusLabel", statusLabel(commune.partnershipStatus()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        try {
            model.addAttribute("figures", communes.figures(insee));
        } catch (ApiProblem | ApiUnavailableException figuresUnavailable) {
            model.addAttribute("figuresUnavailable", true);
        }
        try {
            CommuneApi.NeedsToCome toCome = communes.needsToCome(insee);
            model.addAttribute("needsToCome", toCome.months().stream().map(month -> new MonthOfNeeds(
                    monthLabel(month.month()), month.kinds().stream()
                            .map(kind -> new KindOfHelpCount(KindsOfHelp.label(kind.kind()), kind.count()))
                            .toList()))
                    .toList());
        } catch (ApiProblem | ApiUnavailableException needsUnavailable) {
            // The page goes without its needs to come.
        }
        return "communes/commune";
    }

    private CommuneApi.CommuneView commune(String insee) {
        try {
            return communes.commune(insee);
        } catch (ApiProblem problem) {
            if (problem.isNotFound()) {
                throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
            }
            throw problem;
        }
    }

    private static String validInsee(String insee) {
        if (!insee.matches("[0-9AB]{5}")) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return insee;
    }

    static String statusLabel(String status) {
        return switch (status == null ? "" : status) {
            case "PARTNER" -> "Commune partenaire";
            case "REQUESTED" -> "Demande de partenariat reçue";
            case "CONTACTED" -> "Partenariat en préparation";
            case "SUSPENDED" -> "Partenariat suspendu";
            default -> "Pas encore partenaire";
        };
    }

    private static String monthLabel(String month) {
        try {
            String label = YearMonth.parse(month).format(MONTH);
            return Character.toUpperCase(label.charAt(0)) + label.substring(1);
        } catch (RuntimeException notAMonth) {
            return month;
        }
    }

    record MonthOfNeeds(String month, List<KindOfHelpCount> kinds) {
    }

    record KindOfHelpCount(String label, long count) {
    }
}
