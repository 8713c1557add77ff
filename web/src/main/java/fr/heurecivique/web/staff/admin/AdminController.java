package fr.heurecivique.web.staff.admin;

import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.api.FieldProblem;
import fr.heurecivique.web.communes.CommuneChooser;
import fr.heurecivique.web.staff.coordination.DeskAccess;
import fr.heurecivique.web.staff.coordination.DeskForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The administrator's pages ({@code /gestion/administration}, role ADMIN, checked here before any call and again by
 * identity-service): the accounts (search, create a staff account with its roles and communes, disable, enable) and
 * the audit log of staff access to personal data, searchable by who, what and when.
 */
@Controller
@RequestMapping("/gestion/administration")
class AdminController {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final List<String> ACCOUNT_FIELDS = List.of("email", "displayName", "roles", "communes");

    private final AdminApi api;
    private final DeskAccess access;
    private final CommuneChooser communes;

    AdminController(AdminApi api, DeskAccess access, CommuneChooser communes) {
        this.api = api;
        this.access = access;
        this.communes = communes;
    }

    @ModelAttribute
    void adminsOnly() {
        access.require("ADMIN", "à l’administration du Département");
    }

    @GetMapping
    String index() {
        return "staff/admin/index";
    }

    // Accounts

    @GetMapping("/comptes")
    String accounts(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
            @RequestParam(name = "etat", required = false) String state, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("q", q == null ? "" : q);
        form.put("role", role == null ? "" : role);
        form.put("etat", state == null ? "" : state);
        model.addAttribute("form", form);
        model.addAttribute("roleFilter", AdminLabels.ROLE_FILTER);
        model.addAttribute("stateFilter", AdminLabels.STATE_FILTER);
        List<FieldProblem> errors = new ArrayList<>();
        if (q != null && q.strip().length() > 100) {
            errors.add(new FieldProblem("q", "Votre recherche doit faire au plus 100 caractères."));
        }
        if (role != null && AdminLabels.ROLE_FILTER.stream().noneMatch(option -> option.value().equals(role))) {
            errors.add(new FieldProblem("role", "Choisissez un rôle de la liste."));
        }
        if (state != null && AdminLabels.STATE_FILTER.stream().noneMatch(option -> option.value().equals(state))) {
            errors.add(new FieldProblem("etat", "Choisissez un état de la liste."));
        }
        if (!errors.isEmpty()) {
            DeskForms.withErrors(model, errors);
            return "staff/admin/accounts";
        }
        Boolean enabled = "actifs".equals(state) ? Boolean.TRUE : "desactives".equals(state) ? Boolean.FALSE : null;
        model.addAttribute("accounts", api.accounts(q, role, enabled));
        return "staff/admin/accounts";
    }

    @GetMapping("/comptes/nouveau")
    String newAccount(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AccountForm(null, null, List.of(), null));
        }
        model.addAttribute("staffRoles", AdminLabels.STAFF_ROLES);
        model.addAttribute("communeSuggestions", communes.suggestions());
        return "staff/admin/account-form";
    }

    @PostMapping("/comptes")
    String create(@RequestParam(required = false) String email, @RequestParam(required = false) String displayName,
            @RequestParam(required = false) List<String> roles, @RequestParam(required = false) String communeNames,
            Model model, RedirectAttributes redirect) {
        AccountForm form = new AccountForm(email, displayName, roles == null ? List.of() : roles, communeNames);
        List<FieldProblem> errors = new ArrayList<>();
        if (DeskForms.blank(email)) {
            errors.add(new FieldProblem("email", "Indiquez l’adresse électronique professionnelle de la personne."));
        } else if (email.strip().length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            errors.add(new FieldProblem("email", "Indiquez une adresse électronique valide, par exemple "
                    + "marie.dupont@charente-maritime.fr."));
        }
        if (DeskForms.blank(displayName)) {
            errors.add(new FieldProblem("displayName", "Indiquez le nom sous lequel la personne apparaît."));
        } else if (displayName.strip().length() > 120) {
            errors.add(new FieldProblem("displayName", "Le nom doit faire au plus 120 caractères."));
        }
        Set<String> wantedRoles = new LinkedHashSet<>(form.roles());
        if (wantedRoles.isEmpty() || !wantedRoles.stream().allMatch(role -> AdminLabels.STAFF_ROLES.stream()
                .anyMatch(option -> option.value().equals(role)))) {
            errors.add(new FieldProblem("roles", "Cochez au moins un rôle."));
        }
        List<String> insee = new ArrayList<>();
        if (!DeskForms.blank(communeNames)) {
            for (String typed : communeNames.split("[;\\n]")) {
                if (typed.isBlank()) {
                    continue;
                }
                CommuneChooser.Choice choice = communes.choose(typed);
                Optional<String> code = choice.commune().map(c -> c.inseeCode())
                        .or(() -> communes.byInsee(typed.strip()).map(c -> c.inseeCode()));
                if (code.isPresent()) {
                    insee.add(code.get());
                } else {
                    errors.add(new FieldProblem("communeNames", choice.isAmbiguous()
                            ? "Plusieurs communes correspondent à « " + typed.strip() + " » : précisez le code "
                                    + "postal, par exemple « " + CommuneChooser.label(choice.candidates().get(0)) + " »."
                            : "Nous ne trouvons pas « " + typed.strip() + " » parmi les communes de la "
                                    + "Charente-Maritime."));
                    break;
                }
            }
        }
        if (wantedRoles.contains("REFERENT") && insee.isEmpty()
                && errors.stream().noneMatch(e -> e.field().equals("communeNames"))) {
            errors.add(new FieldProblem("communeNames", "Indiquez la ou les communes du référent."));
        }
        if (!wantedRoles.contains("REFERENT") && !insee.isEmpty()) {
            errors.add(new FieldProblem("communeNames", "Seuls les référents ont des communes : laissez ce champ "
                    + "vide ou cochez le rôle de référent."));
        }
        if (errors.isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("email", email.strip());
            body.put("displayName", displayName.strip());
            body.put("roles", List.copyOf(wantedRoles));
            body.put("communes", insee);
            try {
                AdminApi.Account account = api.create(body);
                redirect.addFlashAttribute("message", "Le compte de " + account.displayName() + " est créé : un lien "
                        + "pour choisir son mot de passe est envoyé à " + account.email() + ".");
                return "redirect:/gestion/administration/comptes";
            } catch (ApiProblem problem) {
                if (problem.status() == 409) {
                    errors.add(new FieldProblem("email", DeskForms.detail(problem,
                            "Un compte existe déjà avec cette adresse.")));
                } else if (problem.status() == 400) {
                    problem.errors().forEach(field -> errors.add(new FieldProblem(
                            "communes".equals(field.field()) || String.valueOf(field.field()).startsWith("communes")
                                    ? "communeNames"
                                    : ACCOUNT_FIELDS.contains(field.field()) ? field.field() : "email",
                            field.message())));
                    if (errors.isEmpty()) {
                        errors.add(new FieldProblem("email", DeskForms.detail(problem,
                                "Le compte n’a pas pu être créé.")));
                    }
                } else {
                    throw problem;
                }
            }
        }
        model.addAttribute("form", form);
        DeskForms.withErrors(model, errors);
        return newAccount(model);
    }

    /** The account form as typed, kept when it comes back with errors. */
    record AccountForm(String email, String displayName, List<String> roles, String communeNames) {
    }

    @PostMapping("/comptes/{id}/desactivation")
    String disable(@PathVariable String id, RedirectAttributes redirect) {
        return setEnabled(id, false, redirect);
    }

    @PostMapping("/comptes/{id}/reactivation")
    String enable(@PathVariable String id, RedirectAttributes redirect) {
        return setEnabled(id, true, redirect);
    }

    private String setEnabled(String id, boolean enabled, RedirectAttributes redirect) {
        try {
            AdminApi.Account account = api.setEnabled(id, enabled);
            redirect.addFlashAttribute("message", enabled
                    ? "Le compte de " + account.displayName() + " est réactivé : la personne peut de nouveau se "
                            + "connecter."
                    : "Le compte de " + account.displayName() + " est désactivé : la personne ne peut plus se "
                            + "connecter.");
        } catch (ApiProblem problem) {
            if (problem.status() != 409 && problem.status() != 404) {
                throw problem;
            }
            redirect.addFlashAttribute("warning", DeskForms.detail(problem, "Le compte n’a pas pu être modifié."));
        }
        return "redirect:/gestion/administration/comptes";
    }

    // The audit log

    @GetMapping("/journal")
    String audit(@RequestParam(name = "acteur", required = false) String actor,
            @RequestParam(name = "ressource", required = false) String resource,
            @RequestParam(name = "du", required = false) String from,
            @RequestParam(name = "au", required = false) String to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("acteur", actor == null ? "" : actor);
        form.put("ressource", resource == null ? "" : resource);
        form.put("du", from == null ? "" : from);
        form.put("au", to == null ? "" : to);
        model.addAttribute("form", form);
        List<FieldProblem> errors = new ArrayList<>();
        List<AdminApi.Account> accounts = api.accounts(null, null, null);
        Map<String, AdminApi.Account> byId = accounts.stream()
                .collect(Collectors.toMap(AdminApi.Account::id, Function.identity(), (a, b) -> a));
        model.addAttribute("accountsById", byId);
        String actorId = null;
        if (!DeskForms.blank(actor)) {
            String wanted = actor.strip();
            actorId = accounts.stream().filter(account -> account.email().equalsIgnoreCase(wanted)
                    || account.id().equals(wanted)).map(AdminApi.Account::id).findFirst().orElse(null);
            if (actorId == null) {
                errors.add(new FieldProblem("acteur", "Aucun compte n’a l’adresse « " + wanted + " »."));
            }
        }
        String resourceId = null;
        if (!DeskForms.blank(resource)) {
            String wanted = resource.strip();
            resourceId = communes.choose(wanted).commune().map(c -> c.inseeCode()).orElse(wanted);
        }
        Optional<LocalDate> fromDate = DeskForms.date(from);
        if (!DeskForms.blank(from) && fromDate.isEmpty()) {
            errors.add(new FieldProblem("du", "Indiquez une date valide, par exemple 01/12/2026."));
        }
        Optional<LocalDate> toDate = DeskForms.date(to);
        if (!DeskForms.blank(to) && toDate.isEmpty()) {
            errors.add(new FieldProblem("au", "Indiquez une date valide, par exemple 31/12/2026."));
        }
        if (fromDate.isPresent() && toDate.isPresent() && toDate.get().isBefore(fromDate.get())) {
            errors.add(new FieldProblem("au", "La date de fin doit suivre la date de début."));
        }
        if (!errors.isEmpty()) {
            DeskForms.withErrors(model, errors);
            return "staff/admin/audit";
        }
        Instant fromInstant = fromDate.map(date -> date.atStartOfDay(DeskForms.PARIS).toInstant()).orElse(null);
        Instant toInstant = toDate.map(date -> date.plusDays(1).atStartOfDay(DeskForms.PARIS).toInstant())
                .orElse(null);
        model.addAttribute("entries", api.audit(actorId, resourceId, fromInstant, toInstant, Math.max(page, 0)));
        return "staff/admin/audit";
    }
}
