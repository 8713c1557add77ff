package fr.heurecivique.web.space;

import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.api.FieldProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The volunteer's space ({@code /mon-espace}): pages are views of the API made with the volunteer's own token; every
 * action is a plain form (POST, then a redirect to a page that says what was done). The services remain the
 * authority: their refusals are shown in French, field by field for a form.
 */
@Controller
@RequestMapping("/mon-espace")
class SpaceController {

    static final String MESSAGE = "message";
    static final String WARNING = "warning";

    private final SpaceApi api;
    private final CurrentVolunteer current;

    SpaceController(SpaceApi api, CurrentVolunteer current) {
        this.api = api;
        this.current = current;
    }

    @GetMapping
    String overview(Model model) {
        Optional<String> id = volunteerId();
        if (id.isEmpty()) {
            return "space/not-a-volunteer";
        }
        SpaceApi.Volunteer volunteer = api.volunteer(id.get());
        Journey journey = Journey.of(volunteer);
        model.addAttribute("volunteer", volunteer);
        model.addAttribute("journey", journey);
        if (journey.next() == Journey.Next.HELP || journey.next() == Journey.Next.RESUME) {
            List<SpaceApi.Match> matches = api.matches(id.get());
            model.addAttribute("proposals", matches.stream().filter(m -> "PROPOSED".equals(m.status())).count());
            model.addAttribute("accepted", matches.stream().filter(m -> "ACCEPTED".equals(m.status())).count());
            model.addAttribute("hours", api.hours(id.get()));
        }
        return "space/overview";
    }

    @GetMapping("/visios")
    String sessions(Model model) {
        Optional<String> id = volunteerId();
        if (id.isEmpty()) {
            return "space/not-a-volunteer";
        }
        SpaceApi.Volunteer volunteer = api.volunteer(id.get());
        model.addAttribute("volunteer", volunteer);
        model.addAttribute("journey", Journey.of(volunteer));
        model.addAttribute("sessions", api.upcomingSessions());
        return "space/sessions";
    }

    @PostMapping("/visios/{sessionId}/reservation")
    String book(@PathVariable String sessionId, RedirectAttributes redirect) {
        String id = requireVolunteer();
        try {
            api.book(sessionId, id);
        } catch (ApiProblem problem) {
            if (problem.status() != 409 && problem.status() != 400) {
                throw problem;
            }
            redirect.addFlashAttribute(WARNING, frenchDetail(problem,
                    "Cette visio ne peut pas être réservée (elle est peut-être complète)."));
            return "redirect:/mon-espace/visios";
        }
        SpaceApi.Volunteer volunteer = api.volunteer(id);
        SpaceApi.BookedSession booked = volunteer.onboarding() == null ? null : volunteer.onboarding().session();
        redirect.addFlashAttribute(MESSAGE, booked == null || booked.startsAt() == null
                ? "Votre visio de présentation est réservée."
                : "Votre visio de présentation est réservée pour le "
                        + new Labels().dateTime(booked.startsAt()) + ".");
        return "redirect:/mon-espace";
    }

    @GetMapping("/propositions")
    String proposals(Model model) {
        Optional<String> id = volunteerId();
        if (id.isEmpty()) {
            return "space/not-a-volunteer";
        }
        proposalsModel(model, id.get());
        return "space/proposals";
    }

    private void proposalsModel(Model model, String volunteerId) {
        List<SpaceApi.Match> matches = new ArrayList<>(api.matches(volunteerId));
        matches.sort(Comparator.comparing(SpaceApi.Match::proposedAt,
                Comparator.nullsLast(Comparator.reverseOrder())));
        model.addAttribute("waiting", matches.stream().filter(m -> "PROPOSED".equals(m.status())).toList());
        model.addAttribute("answered", matches.stream().filter(m -> !"PROPOSED".equals(m.status())).toList());
        model.addAttribute("reasons", Labels.DECLINE_REASONS);
    }

    @PostMapping("/propositions/{matchId}/accepter")
    String accept(@PathVariable String matchId, RedirectAttributes redirect) {
        requireVolunteer();
        SpaceApi.Match match = api.match(matchId);
        try {
            api.accept(matchId);
        } catch (ApiProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute(WARNING, frenchDetail(problem,
                    "Cette proposition ne peut plus être acceptée : elle a expiré ou le besoin est déjà couvert."));
            return "redirect:/mon-espace/propositions";
        }
        redirect.addFlashAttribute(MESSAGE, "Merci ! Vous avez accepté « " + match.needTitle()
                + " ». La commune vous recontactera pour convenir des détails.");
        return "redirect:/mon-espace/missions";
    }

    @PostMapping("/propositions/{matchId}/decliner")
    String decline(@PathVariable String matchId, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        String id = requireVolunteer();
        List<FieldProblem> errors = new ArrayList<>();
        if (reason == null || Labels.DECLINE_REASONS.stream().noneMatch(option -> option.value().equals(reason))) {
            errors.add(new FieldProblem("reason-" + matchId, "Choisissez la raison pour laquelle vous déclinez."));
        }
        if (note != null && note.strip().length() > 500) {
            errors.add(new FieldProblem("note-" + matchId, "Votre précision doit faire au plus 500 caractères."));
        }
        SpaceApi.Match match = api.match(matchId);
        if (errors.isEmpty()) {
            try {
                api.decline(matchId, reason, note);
                redirect.addFlashAttribute(MESSAGE, "Vous avez décliné « " + match.needTitle()
                        + " ». Merci d’avoir répondu : la commune cherchera quelqu’un d’autre.");
                return "redirect:/mon-espace/propositions";
            } catch (ApiProblem problem) {
                if (problem.status() == 409) {
                    redirect.addFlashAttribute(WARNING, frenchDetail(problem,
                            "Cette proposition n’attend plus de réponse."));
                    return "redirect:/mon-espace/propositions";
                }
                if (problem.status() != 400) {
                    throw problem;
                }
                problem.errors().forEach(field -> errors.add(new FieldProblem(
                        ("note".equals(field.field()) ? "note-" : "reason-") + matchId, field.message())));
                if (errors.isEmpty()) {
                    errors.add(new FieldProblem("reason-" + matchId, frenchDetail(problem,
                            "La réponse n’a pas pu être enregistrée.")));
                }
            }
        }
        proposalsModel(model, id);
        withErrors(model, errors);
        model.addAttribute("declining", matchId);
        model.addAttribute("reason", reason);
        model.addAttribute("note", note);
        return "space/proposals";
    }

    @GetMapping("/missions")
    String missions(Model model) {
        Optional<String> id = volunteerId();
        if (id.isEmpty()) {
            return "space/not-a-volunteer";
        }
        List<SpaceApi.Match> matches = api.matches(id.get());
        model.addAttribute("upcoming", matches.stream().filter(m -> "ACCEPTED".equals(m.status())).toList());
        model.addAttribute("done", matches.stream().filter(m -> "COMPLETED".equals(m.status()))
                .sorted(Comparator.comparing(SpaceApi.Match::completedAt,
                        Comparator.nullsLast(Comparator.reverseOrder()))).toList());
        model.addAttribute("hours", api.hours(id.get()));
        model.addAttribute("volunteer", api.volunteer(id.get()));
        return "space/missions";
    }

    @GetMapping("/profil")
    String profile(Model model) {
        Optional<String> id = volunteerId();
        if (id.isEmpty()) {
            return "space/not-a-volunteer";
        }
        SpaceApi.Volunteer volunteer = api.volunteer(id.get());
        model.addAttribute("volunteer", volunteer);
        if (!model.containsAttribute("consents")) {
            model.addAttribute("consents", volunteer.consents());
        }
        return "space/profile";
    }

    @PostMapping("/profil/preferences")
    String preferences(@RequestParam(defaultValue = "false") boolean email,
            @RequestParam(defaultValue = "false") boolean sms,
            @RequestParam(defaultValue = "false") boolean shareWithCommune, Model model,
            RedirectAttributes redirect) {
        String id = requireVolunteer();
        try {
            api.updateConsents(id, email, sms, shareWithCommune);
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            List<FieldProblem> errors = problem.errors().stream()
                    .map(field -> new FieldProblem(field.field() == null ? "email"
                            : field.field().replace("consents.", ""), field.message())).toList();
            withErrors(model, errors.isEmpty()
                    ? List.of(new FieldProblem("email", frenchDetail(problem, "Vos choix n’ont pas pu être "
                            + "enregistrés."))) : errors);
            model.addAttribute("consents", new SpaceApi.Consents(true, email, sms, shareWithCommune));
            model.addAttribute("volunteer", api.volunteer(id));
            return "space/profile";
        }
        redirect.addFlashAttribute(MESSAGE, "Vos préférences de contact sont enregistrées.");
        return "redirect:/mon-espace/profil";
    }

    @GetMapping("/participation")
    String participation(Model model) {
        Optional<String> id = volunteerId();
        if (id.isEmpty()) {
            return "space/not-a-volunteer";
        }
        model.addAttribute("volunteer", api.volunteer(id.get()));
        return "space/participation";
    }

    @PostMapping("/participation/pause")
    String pause(RedirectAttributes redirect) {
        return lifecycle("pause", "Votre participation est en pause : vous ne recevrez plus de proposition "
                + "jusqu’à votre reprise.", redirect);
    }

    @PostMapping("/participation/reprise")
    String resume(RedirectAttributes redirect) {
        return lifecycle("resume", "Bon retour ! Vous pouvez de nouveau recevoir des propositions.", redirect);
    }

    @GetMapping("/participation/retrait")
    String withdrawConfirmation(Model model) {
        Optional<String> id = volunteerId();
        if (id.isEmpty()) {
            return "space/not-a-volunteer";
        }
        model.addAttribute("volunteer", api.volunteer(id.get()));
        return "space/withdraw";
    }

    @PostMapping("/participation/retrait")
    String withdraw(RedirectAttributes redirect) {
        return lifecycle("withdraw", "Vous avez quitté le dispositif. Merci pour votre engagement ; vos données "
                + "restent consultables ici tant que vous ne demandez pas leur effacement.", redirect);
    }

    private String lifecycle(String action, String done, RedirectAttributes redirect) {
        String id = requireVolunteer();
        try {
            api.lifecycle(id, action);
        } catch (ApiProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute(WARNING, frenchDetail(problem,
                    "Ce changement n’est pas possible dans votre situation actuelle."));
            return "redirect:/mon-espace/participation";
        }
        redirect.addFlashAttribute(MESSAGE, done);
        return "redirect:/mon-espace";
    }

    @GetMapping("/mes-donnees")
    String data(Model model) {
        Optional<String> id = volunteerId();
        if (id.isEmpty()) {
            return "space/not-a-volunteer";
        }
        model.addAttribute("volunteer", api.volunteer(id.get()));
        return "space/data";
    }

    /** The RGPD export, as the file volunteer-service makes of it. */
    @GetMapping("/mes-donnees/export")
    ResponseEntity<byte[]> export() {
        ResponseEntity<byte[]> export = api.export(requireVolunteer());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("heure-civique-mes-donnees.json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export.getBody());
    }

    @GetMapping("/supprimer-mon-compte")
    String eraseConfirmation(Model model) {
        Optional<String> id = volunteerId();
        if (id.isEmpty()) {
            return "space/not-a-volunteer";
        }
        model.addAttribute("volunteer", api.volunteer(id.get()));
        return "space/erase";
    }

    private Optional<String> volunteerId() {
        return current.id();
    }

    private String requireVolunteer() {
        return current.require();
    }

    /** The errors for the summary, and by field id for the fields' own messages. */
    static void withErrors(Model model, List<FieldProblem> errors) {
        model.addAttribute("errors", errors);
        java.util.Map<String, String> byField = new java.util.LinkedHashMap<>();
        errors.forEach(error -> byField.putIfAbsent(error.field(), error.message()));
        model.addAttribute("fieldErrors", byField);
    }

    static String frenchDetail(ApiProblem problem, String fallback) {
        if (problem.detail() != null && !problem.detail().isBlank()) {
            return problem.detail();
        }
        return problem.title() != null && !problem.title().isBlank() ? problem.title() : fallback;
    }
}
