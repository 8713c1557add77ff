package fr.heurecivique.web.staff.referent;

import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.api.FieldProblem;
import fr.heurecivique.web.forms.Option;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static fr.heurecivique.web.staff.referent.CommuneAccess.frenchDetail;
import static fr.heurecivique.web.staff.referent.CommuneAccess.withErrors;

/**
 * The referent's commune ({@code /gestion/communes/{insee}}): its needs by status; post, change and cancel a need;
 * for a need, the ranked suggestions with their reasons, propose a volunteer, follow the answers and record the
 * mission done (with its minutes) or missed. Every action is a plain form: POST, then a redirect.
 */
@Controller
@RequestMapping("/gestion/communes/{insee}")
class NeedsController {

    static final String MESSAGE = "message";
    static final String WARNING = "warning";

    private final ReferentApi api;
    private final CommuneAccess access;

    NeedsController(ReferentApi api, CommuneAccess access) {
        this.api = api;
        this.access = access;
    }

    @GetMapping
    String commune(@PathVariable String insee, @RequestParam(required = false) String statut, Model model) {
        access.open(insee, model);
        String status = ReferentLabels.NEED_STATUSES.stream().map(Option::value).filter(s -> s.equals(statut))
                .findFirst().orElse(null);
        List<ReferentApi.Need> needs = api.needs(insee, status).items();
        model.addAttribute("needs", needs.stream().sorted(Comparator.comparing(ReferentApi.Need::postedAt,
                Comparator.nullsLast(Comparator.reverseOrder()))).toList());
        model.addAttribute("status", status);
        List<Option> statuses = new ArrayList<>();
        statuses.add(new Option("", "Tous les besoins"));
        statuses.addAll(ReferentLabels.NEED_STATUSES);
        model.addAttribute("statuses", statuses);
        return "staff/referent/commune";
    }

    // ---------------------------------------------------------------------------------------------- the form

    @GetMapping("/besoins/nouveau")
    String newNeed(@PathVariable String insee, Model model) {
        access.open(insee, model);
        formModel(insee, model, NeedForm.blank(), true);
        return "staff/referent/need-form";
    }

    @PostMapping("/besoins/nouveau")
    String postNeed(@PathVariable String insee, @ModelAttribute NeedForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        access.open(insee, model);
        List<FieldProblem> errors = new ArrayList<>(form.problems(true));
        if (errors.isEmpty()) {
            try {
                ReferentApi.Need need = api.postNeed(insee, form.body(true));
                redirect.addFlashAttribute(MESSAGE, "Le besoin « " + need.title() + " » est publié : voici les "
                        + "bénévoles qui peuvent y répondre.");
                return "redirect:/gestion/communes/" + insee + "/besoins/" + need.id();
            } catch (ApiProblem problem) {
                errors.addAll(formErrors(problem, response));
            }
        } else {
            response.setStatus(400);
        }
        formModel(insee, model, form, true);
        withErrors(model, errors);
        return "staff/referent/need-form";
    }

    @GetMapping("/besoins/{needId}/modifier")
    String editNeed(@PathVariable String insee, @PathVariable String needId, Model model) {
        access.open(insee, model);
        ReferentApi.Need need = needOf(insee, needId);
        model.addAttribute("need", need);
        formModel(insee, model, NeedForm.of(need), false);
        return "staff/referent/need-form";
    }

    @PostMapping("/besoins/{needId}/modifier")
    String updateNeed(@PathVariable String insee, @PathVariable String needId, @ModelAttribute NeedForm form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        access.open(insee, model);
        ReferentApi.Need need = needOf(insee, needId);
        List<FieldProblem> errors = new ArrayList<>(form.problems(false));
        if (errors.isEmpty()) {
            try {
                api.updateNeed(needId, form.body(false));
                redirect.addFlashAttribute(MESSAGE, "Le besoin « " + form.title().strip() + " » est modifié.");
                return "redirect:/gestion/communes/" + insee + "/besoins/" + needId;
            } catch (ApiProblem problem) {
                errors.addAll(formErrors(problem, response));
            }
        } else {
            response.setStatus(400);
        }
        model.addAttribute("need", need);
        formModel(insee, model, form, false);
        withErrors(model, errors);
        return "staff/referent/need-form";
    }

    private List<FieldProblem> formErrors(ApiProblem problem, HttpServletResponse response) {
        if (problem.status() != 400 && problem.status() != 409) {
            throw problem;
        }
        response.setStatus(problem.status());
        List<FieldProblem> errors = problem.errors().stream().map(field -> {
            String id = NeedForm.fieldOf(field.field());
            return new FieldProblem(id, NeedForm.labelOf(id) + " : " + field.message());
        }).toList();
        return errors.isEmpty() ? List.of(new FieldProblem("title", frenchDetail(problem,
                "Le besoin n’a pas pu être enregistré."))) : errors;
    }

    private void formModel(String insee, Model model, NeedForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("kinds", ReferentLabels.KINDS);
        model.addAttribute("days", ReferentLabels.DAYS);
        if (creating) {
            List<ReferentApi.Referent> referents = api.referents(insee);
            String email = access.email();
            String chosen = form.referent() != null ? form.referent() : referents.stream()
                    .filter(r -> r.email() != null && r.email().equalsIgnoreCase(email)).map(ReferentApi.Referent::id)
                    .findFirst().orElse(referents.isEmpty() ? null : referents.get(0).id());
            model.addAttribute("referentChosen", chosen);
            model.addAttribute("referents", referents.stream().map(r -> new Option(r.id(), r.firstName() + " "
                    + r.lastName())).toList());
            List<Option> recipients = new ArrayList<>();
            recipients.add(new Option("", "Choisissez…"));
            api.beneficiaries(insee).stream().filter(b -> !b.anonymised()).forEach(b -> recipients.add(
                    new Option(NeedForm.BENEFICIARY + b.id(), b.displayName() + " (bénéficiaire)")));
            api.associations(insee).forEach(a -> recipients.add(new Option(NeedForm.ASSOCIATION + a.id(),
                    a.name() + " (association)")));
            model.addAttribute("recipients", recipients);
        }
    }

    // ------------------------------------------------------------------------------------------ a need's page

    @GetMapping("/besoins/{needId}")
    String need(@PathVariable String insee, @PathVariable String needId, Model model) {
        access.open(insee, model);
        ReferentApi.Need need = needOf(insee, needId);
        model.addAttribute("need", need);
        // matching-service learns of a need by its event: just after it is posted, it may not know it yet.
        List<ReferentApi.Match> matches = new ArrayList<>(notYetKnown(() -> api.matchesOf(needId), List.of()));
        matches.sort(Comparator.comparing(ReferentApi.Match::proposedAt,
                Comparator.nullsLast(Comparator.reverseOrder())));
        model.addAttribute("matches", matches);
        if ("OPEN".equals(need.status()) || "IN_PROGRESS".equals(need.status())) {
            ReferentApi.Suggestions suggestions = notYetKnown(() -> api.suggestions(needId), null);
            model.addAttribute("suggestions", suggestions);
            model.addAttribute("suggestionsPending", suggestions == null);
        }
        List<Option> reasons = new ArrayList<>();
        reasons.add(new Option("", "Choisissez…"));
        reasons.addAll(ReferentLabels.CANCELLATION_REASONS);
        model.addAttribute("cancellationReasons", reasons);
        return "staff/referent/need";
    }

    @PostMapping("/besoins/{needId}/propositions")
    String propose(@PathVariable String insee, @PathVariable String needId, @RequestParam String volunteerId,
            @RequestParam(required = false) String volunteerName, Model model, RedirectAttributes redirect) {
        access.open(insee, model);
        needOf(insee, needId);
        String referentId = api.referents(insee).stream()
                .filter(r -> r.email() != null && r.email().equalsIgnoreCase(access.email()))
                .map(ReferentApi.Referent::id).findFirst().orElse(null);
        try {
            api.propose(needId, volunteerId, referentId);
            redirect.addFlashAttribute(MESSAGE, "La proposition est envoyée"
                    + (volunteerName == null || volunteerName.isBlank() ? "" : " à " + volunteerName.strip())
                    + " : sa réponse apparaîtra ici.");
        } catch (ApiProblem problem) {
            if (problem.status() != 409 && problem.status() != 400) {
                throw problem;
            }
            redirect.addFlashAttribute(WARNING, frenchDetail(problem, "Cette proposition n’a pas pu être envoyée."));
        }
        return "redirect:/gestion/communes/" + insee + "/besoins/" + needId;
    }

    @PostMapping("/mises-en-relation/{matchId}/realisee")
    String complete(@PathVariable String insee, @PathVariable String matchId,
            @RequestParam(required = false) String minutes, Model model, RedirectAttributes redirect) {
        access.open(insee, model);
        ReferentApi.Match match = matchOf(insee, matchId);
        Integer given = NeedForm.parseInt(minutes);
        String back = "redirect:/gestion/communes/" + insee + "/besoins/" + match.needId();
        if (given == null || given < 1 || given > 1440) {
            redirect.addFlashAttribute(WARNING, "Indiquez la durée de l’aide donnée, en minutes (entre 1 et 1 440).");
            return back;
        }
        try {
            api.complete(matchId, given);
            redirect.addFlashAttribute(MESSAGE, "La mission est enregistrée comme réalisée : " + given
                    + " minutes données. Merci !");
        } catch (ApiProblem problem) {
            if (problem.status() != 409 && problem.status() != 400) {
                throw problem;
            }
            redirect.addFlashAttribute(WARNING, frenchDetail(problem, "La mission n’a pas pu être enregistrée."));
        }
        return back;
    }

    @PostMapping("/mises-en-relation/{matchId}/absence")
    String noShow(@PathVariable String insee, @PathVariable String matchId, Model model,
            RedirectAttributes redirect) {
        access.open(insee, model);
        ReferentApi.Match match = matchOf(insee, matchId);
        try {
            api.noShow(matchId);
            redirect.addFlashAttribute(MESSAGE, "L’absence est enregistrée : la mission n’a pas eu lieu.");
        } catch (ApiProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute(WARNING, frenchDetail(problem, "L’absence n’a pas pu être enregistrée."));
        }
        return "redirect:/gestion/communes/" + insee + "/besoins/" + match.needId();
    }

    @PostMapping("/besoins/{needId}/annulation")
    String cancel(@PathVariable String insee, @PathVariable String needId,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String note,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        access.open(insee, model);
        ReferentApi.Need need = needOf(insee, needId);
        List<FieldProblem> errors = new ArrayList<>();
        if (reason == null || ReferentLabels.CANCELLATION_REASONS.stream().noneMatch(o -> o.value().equals(reason))) {
            errors.add(new FieldProblem("reason", "Choisissez la raison de l’annulation."));
        } else if ("OTHER".equals(reason) && (note == null || note.isBlank())) {
            errors.add(new FieldProblem("note", "Précisez la raison de l’annulation."));
        }
        if (note != null && note.strip().length() > 500) {
            errors.add(new FieldProblem("note", "La précision doit faire au plus 500 caractères."));
        }
        if (errors.isEmpty()) {
            try {
                api.cancelNeed(needId, reason, note);
                redirect.addFlashAttribute(MESSAGE, "Le besoin « " + need.title() + " » est annulé.");
                return "redirect:/gestion/communes/" + insee;
            } catch (ApiProblem problem) {
                if (problem.status() != 409 && problem.status() != 400) {
                    throw problem;
                }
                errors.add(new FieldProblem("reason", frenchDetail(problem, "Le besoin n’a pas pu être annulé.")));
            }
        }
        response.setStatus(400);
        need(insee, needId, model);
        withErrors(model, errors);
        model.addAttribute("reason", reason);
        model.addAttribute("note", note);
        return "staff/referent/need";
    }

    private static <T> T notYetKnown(java.util.function.Supplier<T> call, T meanwhile) {
        try {
            return call.get();
        } catch (ApiProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
            return meanwhile;
        }
    }

    /** The need, if it is this commune's (an id of another commune's need: the API answers 403 first). */
    private ReferentApi.Need needOf(String insee, String needId) {
        ReferentApi.Need need = api.need(needId);
        if (!insee.equals(need.communeInsee())) {
            throw new ApiProblem(404, "Introuvable", null, List.of());
        }
        return need;
    }

    private ReferentApi.Match matchOf(String insee, String matchId) {
        ReferentApi.Match match = api.match(matchId);
        if (!insee.equals(match.communeInsee())) {
            throw new ApiProblem(404, "Introuvable", null, List.of());
        }
        return match;
    }
}
