package fr.heurecivique.web.staff.coordination;

import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.api.FieldProblem;
import fr.heurecivique.web.communes.CommuneChooser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The coordinator's desk ({@code /gestion/coordination}, role COORDINATOR, checked here before any call and again by
 * the API): the partnership pipeline and the communes' referents, the video sessions and their attendance, the
 * volunteers' search and their interview. Every action is a plain form: POST, then a redirect to a page that says
 * what was done; bad input comes back with the error summary and what was typed.
 */
@Controller
@RequestMapping("/gestion/coordination")
class CoordinationController {

    static final String MESSAGE = "message";
    static final String WARNING = "warning";
    private static final Pattern INSEE = Pattern.compile("[0-9][0-9AB][0-9]{3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern HTTPS = Pattern.compile("https://[^\\s/?#]+\\.[^\\s/?#]+([/?#]\\S*)?");
    private static final Set<String> STEP_PATHS = Set.of("REQUESTED", "CONTACTED", "PARTNER", "SUSPENDED");

    private final CoordinationApi api;
    private final DeskAccess access;
    private final CommuneChooser communes;
    private final Clock clock;

    CoordinationController(CoordinationApi api, DeskAccess access, CommuneChooser communes,
            java.util.Optional<Clock> clock) {
        this.api = api;
        this.access = access;
        this.communes = communes;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Every page and form of the desk is for coordinators only. */
    @ModelAttribute
    void coordinatorsOnly() {
        access.require("COORDINATOR", "aux coordinateurs et coordinatrices de l’association");
    }

    @GetMapping
    String desk() {
        return "staff/coordination/desk";
    }

    // The partnership pipeline

    @GetMapping("/partenariats")
    String pipeline(@RequestParam(name = "etape", defaultValue = "REQUESTED") String step, Model model) {
        String wanted = STEP_PATHS.contains(step) ? step : "REQUESTED";
        model.addAttribute("step", wanted);
        model.addAttribute("steps", DeskLabels.PARTNERSHIP_STEPS);
        model.addAttribute("stepLabel", DeskLabels.PARTNERSHIP_STEPS.stream()
                .filter(option -> option.value().equals(wanted)).findFirst().orElseThrow().label());
        model.addAttribute("communes", api.communesAt(wanted));
        return "staff/coordination/pipeline";
    }

    @GetMapping("/partenariats/{insee}")
    String partnership(@PathVariable String insee, Model model) {
        checkInsee(insee);
        partnershipModel(insee, model);
        return "staff/coordination/partnership";
    }

    private void partnershipModel(String insee, Model model) {
        CoordinationApi.Partnership partnership = api.partnership(insee);
        model.addAttribute("partnership", partnership);
        if ("PARTNER".equals(partnership.status()) || "SUSPENDED".equals(partnership.status())) {
            List<CoordinationApi.Referent> referents = new ArrayList<>(api.referents(insee));
            referents.sort(Comparator.comparing(CoordinationApi.Referent::lastName));
            model.addAttribute("referents", referents);
        }
        if (!model.containsAttribute("form")) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("recordedBy", DeskForms.signedInName());
            model.addAttribute("form", form);
        }
    }

    @PostMapping("/partenariats/{insee}/appel")
    String contactCall(@PathVariable String insee, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        List<FieldProblem> errors = recordedBy(form);
        note(form, "note", 2000, errors);
        return step(insee, "contact-call", form, errors, body(form, "recordedBy", "note"),
                "L’appel à la commune est enregistré.", model, redirect);
    }

    @PostMapping("/partenariats/{insee}/activation")
    String activation(@PathVariable String insee, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        List<FieldProblem> errors = recordedBy(form);
        Optional<LocalDate> charter = DeskForms.date(form.get("charterSignedOn"));
        if (charter.isEmpty()) {
            errors.add(new FieldProblem("charterSignedOn", "Indiquez la date de signature de la charte, par "
                    + "exemple 15/12/2026."));
        }
        Optional<LocalDate> kit = DeskForms.date(form.get("communicationKitSentOn"));
        if (kit.isEmpty()) {
            errors.add(new FieldProblem("communicationKitSentOn", "Indiquez la date d’envoi du kit de "
                    + "communication, par exemple 15/12/2026."));
        }
        note(form, "note", 2000, errors);
        Map<String, Object> body = body(form, "recordedBy", "note");
        charter.ifPresent(date -> body.put("charterSignedOn", date.toString()));
        kit.ifPresent(date -> body.put("communicationKitSentOn", date.toString()));
        return step(insee, "activation", form, errors, body, "La commune est partenaire : la charte et le kit sont "
                + "enregistrés. Nommez maintenant son ou sa référente.", model, redirect);
    }

    @PostMapping("/partenariats/{insee}/suspension")
    String suspension(@PathVariable String insee, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        List<FieldProblem> errors = recordedBy(form);
        if (DeskForms.blank(form.get("reason"))) {
            errors.add(new FieldProblem("reason", "Indiquez la raison de la suspension."));
        }
        note(form, "reason", 2000, errors);
        return step(insee, "suspension", form, errors, body(form, "recordedBy", "reason"),
                "Le partenariat est suspendu.", model, redirect);
    }

    @PostMapping("/partenariats/{insee}/reactivation")
    String reactivation(@PathVariable String insee, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        List<FieldProblem> errors = recordedBy(form);
        note(form, "note", 2000, errors);
        return step(insee, "reactivation", form, errors, body(form, "recordedBy", "note"),
                "Le partenariat est de nouveau actif.", model, redirect);
    }

    private String step(String insee, String step, Map<String, String> form, List<FieldProblem> errors,
            Map<String, Object> body, String done, Model model, RedirectAttributes redirect) {
        checkInsee(insee);
        if (errors.isEmpty()) {
            try {
                api.partnershipStep(insee, step, body);
                redirect.addFlashAttribute(MESSAGE, done);
                return "redirect:/gestion/coordination/partenariats/" + insee;
            } catch (ApiProblem problem) {
                if (problem.status() == 409) {
                    redirect.addFlashAttribute(WARNING, DeskForms.detail(problem,
                            "Cette étape ne peut pas être enregistrée maintenant."));
                    return "redirect:/gestion/coordination/partenariats/" + insee;
                }
                if (problem.status() != 400) {
                    throw problem;
                }
                problem.errors().forEach(field -> errors.add(new FieldProblem(
                        field.field() == null || !form.containsKey(field.field()) ? "recordedBy" : field.field(),
                        field.message())));
                if (errors.isEmpty()) {
                    errors.add(new FieldProblem("recordedBy", DeskForms.detail(problem,
                            "Cette étape n’a pas pu être enregistrée.")));
                }
            }
        }
        model.addAttribute("form", form);
        DeskForms.withErrors(model, errors);
        partnershipModel(insee, model);
        return "staff/coordination/partnership";
    }

    // Referents of a partner commune

    @PostMapping("/partenariats/{insee}/referents")
    String appoint(@PathVariable String insee, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        checkInsee(insee);
        List<FieldProblem> errors = new ArrayList<>();
        required(form, "firstName", "Indiquez le prénom du ou de la référente.", 100, errors);
        required(form, "lastName", "Indiquez le nom du ou de la référente.", 100, errors);
        required(form, "email", "Indiquez l’adresse électronique du ou de la référente.", 254, errors);
        if (!errors.stream().anyMatch(e -> e.field().equals("email")) && !EMAIL.matcher(form.get("email").strip())
                .matches()) {
            errors.add(new FieldProblem("email", "Indiquez une adresse électronique valide, par exemple "
                    + "prenom.nom@mairie.fr."));
        }
        required(form, "phone", "Indiquez le numéro de téléphone du ou de la référente.", 30, errors);
        required(form, "role", "Indiquez sa fonction, par exemple « Agente du CCAS ».", 100, errors);
        if (errors.isEmpty()) {
            try {
                api.appointReferent(insee, body(form, "firstName", "lastName", "email", "phone", "role"));
                redirect.addFlashAttribute(MESSAGE, form.get("firstName").strip() + " " + form.get("lastName").strip()
                        + " est nommé ou nommée référente. Un lien pour choisir son mot de passe lui est envoyé.");
                return "redirect:/gestion/coordination/partenariats/" + insee;
            } catch (ApiProblem problem) {
                if (problem.status() != 400 && problem.status() != 409) {
                    throw problem;
                }
                problem.errors().forEach(field -> errors.add(new FieldProblem(
                        field.field() != null && Set.of("firstName", "lastName", "email", "phone", "role")
                                .contains(field.field()) ? field.field() : "firstName", field.message())));
                if (errors.isEmpty()) {
                    errors.add(new FieldProblem(problem.status() == 409 ? "email" : "firstName",
                            DeskForms.detail(problem, "La nomination n’a pas pu être enregistrée.")));
                }
            }
        }
        model.addAttribute("referentForm", form);
        DeskForms.withErrors(model, errors);
        partnershipModel(insee, model);
        return "staff/coordination/partnership";
    }

    @PostMapping("/partenariats/{insee}/referents/{referentId}/retrait")
    String remove(@PathVariable String insee, @PathVariable String referentId, RedirectAttributes redirect) {
        checkInsee(insee);
        try {
            api.removeReferent(insee, referentId);
            redirect.addFlashAttribute(MESSAGE, "Le ou la référente est retirée de la commune.");
        } catch (ApiProblem problem) {
            if (problem.status() != 404 && problem.status() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute(WARNING, DeskForms.detail(problem, "Ce ou cette référente n’a pas pu être "
                    + "retirée."));
        }
        return "redirect:/gestion/coordination/partenariats/" + insee;
    }

    // Video sessions

    @GetMapping("/visios")
    String sessions(Model model) {
        sessionsModel(model);
        if (!model.containsAttribute("form")) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("durationMinutes", "60");
            form.put("capacity", "12");
            model.addAttribute("form", form);
        }
        return "staff/coordination/sessions";
    }

    private void sessionsModel(Model model) {
        Instant now = clock.instant();
        List<CoordinationApi.SessionSummary> all = api.sessionsFrom(now.minus(Duration.ofDays(30)));
        model.addAttribute("past", all.stream().filter(session -> !session.startsAt().isAfter(now))
                .sorted(Comparator.comparing(CoordinationApi.SessionSummary::startsAt).reversed()).toList());
        model.addAttribute("upcoming", all.stream().filter(session -> session.startsAt().isAfter(now)).toList());
    }

    @PostMapping("/visios")
    String publish(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        List<FieldProblem> errors = new ArrayList<>();
        note(form, "title", 120, errors);
        Optional<LocalDate> date = DeskForms.date(form.get("date"));
        Optional<LocalTime> time = DeskForms.time(form.get("time"));
        if (date.isEmpty()) {
            errors.add(new FieldProblem("date", "Indiquez le jour de la visio, par exemple 15/12/2026."));
        }
        if (time.isEmpty()) {
            errors.add(new FieldProblem("time", "Indiquez l’heure de début, par exemple 18:30."));
        }
        Instant startsAt = date.isPresent() && time.isPresent()
                ? date.get().atTime(time.get()).atZone(DeskForms.PARIS).toInstant() : null;
        if (startsAt != null && !startsAt.isAfter(clock.instant())) {
            errors.add(new FieldProblem("date", "Choisissez une date à venir."));
        }
        Integer duration = number(form, "durationMinutes", 15, 240,
                "Indiquez une durée entre 15 et 240 minutes.", errors);
        String link = form.getOrDefault("videoLink", "").strip();
        if (link.isEmpty() || link.length() > 500 || !HTTPS.matcher(link).matches()) {
            errors.add(new FieldProblem("videoLink", "Indiquez le lien https:// de la visio, par exemple "
                    + "https://visio.exemple.fr/presentation."));
        }
        Integer capacity = number(form, "capacity", 1, 500, "Indiquez un nombre de places entre 1 et 500.", errors);
        if (errors.isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            if (!DeskForms.blank(form.get("title"))) {
                body.put("title", form.get("title").strip());
            }
            body.put("startsAt", startsAt.toString());
            body.put("durationMinutes", duration);
            body.put("videoLink", link);
            body.put("capacity", capacity);
            try {
                CoordinationApi.SessionDetails session = api.publishSession(body);
                redirect.addFlashAttribute(MESSAGE, "La visio du " + new DeskLabels().dateTime(session.startsAt())
                        + " est publiée : les bénévoles peuvent la réserver.");
                return "redirect:/gestion/coordination/visios";
            } catch (ApiProblem problem) {
                if (problem.status() != 400) {
                    throw problem;
                }
                problem.errors().forEach(field -> errors.add(new FieldProblem(switch (String.valueOf(field.field())) {
                    case "startsAt" -> "date";
                    case "title", "durationMinutes", "videoLink", "capacity" -> field.field();
                    default -> "title";
                }, field.message())));
                if (errors.isEmpty()) {
                    errors.add(new FieldProblem("date", DeskForms.detail(problem, "La visio n’a pas pu être publiée.")));
                }
            }
        }
        model.addAttribute("form", form);
        DeskForms.withErrors(model, errors);
        sessionsModel(model);
        return "staff/coordination/sessions";
    }

    @GetMapping("/visios/{id}")
    String session(@PathVariable String id, Model model) {
        CoordinationApi.SessionDetails session = api.session(id);
        // "visio": Thymeleaf reserves "session" for the HTTP session.
        model.addAttribute("visio", session);
        model.addAttribute("heading", "Visio du " + new DeskLabels().dateTime(session.startsAt()));
        model.addAttribute("started", !session.startsAt().isAfter(clock.instant()));
        return "staff/coordination/session";
    }

    @PostMapping("/visios/{id}/presence")
    String present(@PathVariable String id, @RequestParam String volunteerId, RedirectAttributes redirect) {
        try {
            api.markPresent(id, volunteerId);
            redirect.addFlashAttribute(MESSAGE, "La présence est enregistrée : l’entretien téléphonique peut être "
                    + "prévu.");
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && problem.status() != 409 && problem.status() != 404) {
                throw problem;
            }
            redirect.addFlashAttribute(WARNING, DeskForms.detail(problem, "La présence n’a pas pu être enregistrée."));
        }
        return "redirect:/gestion/coordination/visios/" + id;
    }

    // Volunteers: the search, a volunteer's onboarding

    @GetMapping("/benevoles")
    String search(@RequestParam(name = "statut", required = false) String status,
            @RequestParam(required = false) String commune,
            @RequestParam(name = "etape", required = false) String step,
            @RequestParam(name = "partenaire", required = false) String partner,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("statut", status == null ? "" : status);
        form.put("commune", commune == null ? "" : commune);
        form.put("etape", step == null ? "" : step);
        form.put("partenaire", partner == null ? "" : partner);
        model.addAttribute("form", form);
        model.addAttribute("statuses", DeskLabels.STATUSES);
        model.addAttribute("steps", DeskLabels.STEPS);
        model.addAttribute("partners", DeskLabels.PARTNERS);
        model.addAttribute("communeSuggestions", communes.suggestions());
        List<FieldProblem> errors = new ArrayList<>();
        String insee = null;
        if (!DeskForms.blank(commune)) {
            CommuneChooser.Choice choice = communes.choose(commune);
            if (choice.commune().isPresent()) {
                insee = choice.commune().get().inseeCode();
            } else {
                errors.add(new FieldProblem("commune", choice.isAmbiguous()
                        ? "Plusieurs communes correspondent à « " + commune.strip() + " » : précisez le code postal, "
                                + "par exemple « " + CommuneChooser.label(choice.candidates().get(0)) + " »."
                        : "Nous ne trouvons pas « " + commune.strip() + " » parmi les communes de la "
                                + "Charente-Maritime."));
            }
        }
        if (!valid(DeskLabels.STATUSES, status)) {
            errors.add(new FieldProblem("statut", "Choisissez une situation de la liste."));
        }
        if (!valid(DeskLabels.STEPS, step)) {
            errors.add(new FieldProblem("etape", "Choisissez une étape de la liste."));
        }
        if (!valid(DeskLabels.PARTNERS, partner)) {
            errors.add(new FieldProblem("partenaire", "Choisissez un partenaire de la liste."));
        }
        if (!errors.isEmpty()) {
            DeskForms.withErrors(model, errors);
            return "staff/coordination/volunteers";
        }
        model.addAttribute("results", api.search(status, insee, step, partner, Math.max(page, 0)));
        return "staff/coordination/volunteers";
    }

    private static boolean valid(List<fr.heurecivique.web.forms.Option> options, String value) {
        return value == null || options.stream().anyMatch(option -> option.value().equals(value));
    }

    @GetMapping("/benevoles/{id}")
    String volunteer(@PathVariable String id, Model model) {
        volunteerModel(id, model);
        return "staff/coordination/volunteer";
    }

    private CoordinationApi.Volunteer volunteerModel(String id, Model model) {
        CoordinationApi.Volunteer volunteer = api.volunteer(id);
        model.addAttribute("volunteer", volunteer);
        String step = volunteer.onboarding() == null ? null : volunteer.onboarding().step();
        boolean interviewable = "REGISTERED".equals(volunteer.status())
                && ("SESSION_ATTENDED".equals(step) || "INTERVIEW_SCHEDULED".equals(step));
        model.addAttribute("interviewable", interviewable);
        model.addAttribute("modes", DeskLabels.MODES);
        model.addAttribute("kinds", DeskLabels.KINDS);
        model.addAttribute("days", DeskLabels.DAYS);
        model.addAttribute("periods", DeskLabels.PERIODS);
        if (!model.containsAttribute("perimeter")) {
            model.addAttribute("perimeter", PerimeterForm.empty());
        }
        if (!model.containsAttribute("appointment")) {
            model.addAttribute("appointment", Map.of());
        }
        return volunteer;
    }

    @PostMapping("/benevoles/{id}/entretien-rdv")
    String appointment(@PathVariable String id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        List<FieldProblem> errors = new ArrayList<>();
        Optional<LocalDate> date = DeskForms.date(form.get("interviewDate"));
        Optional<LocalTime> time = DeskForms.time(form.get("interviewTime"));
        if (date.isEmpty()) {
            errors.add(new FieldProblem("interviewDate", "Indiquez le jour de l’entretien, par exemple 15/12/2026."));
        }
        if (time.isEmpty()) {
            errors.add(new FieldProblem("interviewTime", "Indiquez l’heure de l’appel, par exemple 10:00."));
        }
        Instant at = date.isPresent() && time.isPresent()
                ? date.get().atTime(time.get()).atZone(DeskForms.PARIS).toInstant() : null;
        if (at != null && !at.isAfter(clock.instant())) {
            errors.add(new FieldProblem("interviewDate", "Choisissez une date à venir."));
        }
        if (errors.isEmpty()) {
            try {
                api.scheduleInterview(id, at);
                redirect.addFlashAttribute(MESSAGE, "L’entretien téléphonique est prévu le "
                        + new DeskLabels().dateTime(at) + ".");
                return "redirect:/gestion/coordination/benevoles/" + id;
            } catch (ApiProblem problem) {
                if (problem.status() == 409) {
                    redirect.addFlashAttribute(WARNING, DeskForms.detail(problem, "L’entretien ne peut pas être "
                            + "prévu maintenant."));
                    return "redirect:/gestion/coordination/benevoles/" + id;
                }
                if (problem.status() != 400) {
                    throw problem;
                }
                errors.add(new FieldProblem("interviewDate", problem.errors().isEmpty()
                        ? DeskForms.detail(problem, "L’entretien n’a pas pu être prévu.")
                        : problem.errors().get(0).message()));
            }
        }
        model.addAttribute("appointment", form);
        DeskForms.withErrors(model, errors);
        volunteerModel(id, model);
        return "staff/coordination/volunteer";
    }

    @PostMapping("/benevoles/{id}/entretien")
    String interview(@PathVariable String id, @RequestParam(required = false) List<String> modes,
            @RequestParam(required = false) String maxDistanceKm,
            @RequestParam(required = false) List<String> kindsOfHelp,
            @RequestParam(required = false) List<String> availability,
            @RequestParam(required = false) String monthlyPledgeHours, Model model, RedirectAttributes redirect) {
        PerimeterForm form = new PerimeterForm(modes, maxDistanceKm, kindsOfHelp, availability, monthlyPledgeHours);
        List<FieldProblem> errors = form.validate();
        if (errors.isEmpty()) {
            try {
                api.recordInterview(id, form.toApi());
                redirect.addFlashAttribute(MESSAGE, "L’entretien et le périmètre d’action sont enregistrés : le ou "
                        + "la bénévole est active et peut recevoir des propositions.");
                return "redirect:/gestion/coordination/benevoles/" + id;
            } catch (ApiProblem problem) {
                if (problem.status() == 409) {
                    redirect.addFlashAttribute(WARNING, DeskForms.detail(problem, "L’entretien ne peut pas être "
                            + "enregistré maintenant."));
                    return "redirect:/gestion/coordination/benevoles/" + id;
                }
                if (problem.status() != 400) {
                    throw problem;
                }
                problem.errors().forEach(field -> errors.add(new FieldProblem(PerimeterForm.formField(field.field()),
                        field.message())));
                if (errors.isEmpty()) {
                    errors.add(new FieldProblem("modes", DeskForms.detail(problem,
                            "Le périmètre n’a pas pu être enregistré.")));
                }
            }
        }
        model.addAttribute("perimeter", form);
        DeskForms.withErrors(model, errors);
        volunteerModel(id, model);
        return "staff/coordination/volunteer";
    }

    // Small checks shared by the forms

    private static void checkInsee(String insee) {
        if (!INSEE.matcher(insee).matches()) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND);
        }
    }

    private static List<FieldProblem> recordedBy(Map<String, String> form) {
        List<FieldProblem> errors = new ArrayList<>();
        required(form, "recordedBy", "Indiquez qui enregistre cette étape (votre nom).", 100, errors);
        return errors;
    }

    private static void required(Map<String, String> form, String field, String message, int max,
            List<FieldProblem> errors) {
        String value = form.get(field);
        if (DeskForms.blank(value)) {
            errors.add(new FieldProblem(field, message));
        } else if (value.strip().length() > max) {
            errors.add(new FieldProblem(field, "Ce champ doit faire au plus " + max + " caractères."));
        }
    }

    private static void note(Map<String, String> form, String field, int max, List<FieldProblem> errors) {
        String value = form.get(field);
        if (value != null && value.strip().length() > max && errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldProblem(field, "Ce texte doit faire au plus " + max + " caractères."));
        }
    }

    private static Integer number(Map<String, String> form, String field, int min, int max, String message,
            List<FieldProblem> errors) {
        try {
            int value = Integer.parseInt(form.getOrDefault(field, "").strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        errors.add(new FieldProblem(field, message));
        return null;
    }

    private static Map<String, Object> body(Map<String, String> form, String... fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : fields) {
            String value = form.get(field);
            if (!DeskForms.blank(value)) {
                body.put(field, value.strip());
            }
        }
        return body;
    }
}
