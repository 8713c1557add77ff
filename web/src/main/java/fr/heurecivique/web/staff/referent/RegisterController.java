package fr.heurecivique.web.staff.referent;

import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.api.FieldProblem;
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
import java.util.List;

import static fr.heurecivique.web.staff.referent.CommuneAccess.frenchDetail;
import static fr.heurecivique.web.staff.referent.CommuneAccess.withErrors;
import static fr.heurecivique.web.staff.referent.NeedsController.MESSAGE;
import static fr.heurecivique.web.staff.referent.NeedsController.WARNING;

/**
 * The commune's register: the beneficiaries (record, correct, erase; their consent to be contacted) and the local
 * associations. A beneficiary's phone, address and note are shown on their own page only, never in the list.
 */
@Controller
@RequestMapping("/gestion/communes/{insee}")
class RegisterController {

    private final ReferentApi api;
    private final CommuneAccess access;

    RegisterController(ReferentApi api, CommuneAccess access) {
        this.api = api;
        this.access = access;
    }

    @GetMapping("/beneficiaires")
    String beneficiaries(@PathVariable String insee, Model model) {
        access.open(insee, model);
        model.addAttribute("beneficiaries", api.beneficiaries(insee).stream().filter(b -> !b.anonymised()).toList());
        return "staff/referent/beneficiaries";
    }

    @GetMapping("/beneficiaires/nouveau")
    String newBeneficiary(@PathVariable String insee, Model model) {
        access.open(insee, model);
        beneficiaryModel(model, BeneficiaryForm.blank(), null);
        return "staff/referent/beneficiary";
    }

    @PostMapping("/beneficiaires/nouveau")
    String recordBeneficiary(@PathVariable String insee, @ModelAttribute BeneficiaryForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        access.open(insee, model);
        List<FieldProblem> errors = new ArrayList<>(form.problems());
        if (errors.isEmpty()) {
            String referentId = referentId(insee);
            if (referentId == null) {
                errors.add(new FieldProblem("firstName", "Aucun référent n’est encore nommé pour cette commune : "
                        + "demandez au coordinateur de vous nommer."));
            } else {
                try {
                    ReferentApi.Beneficiary recorded = api.recordBeneficiary(insee, form.body(referentId));
                    redirect.addFlashAttribute(MESSAGE, recorded.firstName() + " " + recorded.lastName()
                            + " est enregistré(e) parmi les bénéficiaires.");
                    return "redirect:/gestion/communes/" + insee + "/beneficiaires";
                } catch (ApiProblem problem) {
                    errors.addAll(apiErrors(problem));
                }
            }
        }
        response.setStatus(400);
        beneficiaryModel(model, form, null);
        withErrors(model, errors);
        return "staff/referent/beneficiary";
    }

    @GetMapping("/beneficiaires/{id}")
    String beneficiary(@PathVariable String insee, @PathVariable String id, Model model) {
        access.open(insee, model);
        ReferentApi.Beneficiary beneficiary = api.beneficiary(insee, id);
        beneficiaryModel(model, BeneficiaryForm.of(beneficiary), beneficiary);
        return "staff/referent/beneficiary";
    }

    @PostMapping("/beneficiaires/{id}")
    String correctBeneficiary(@PathVariable String insee, @PathVariable String id,
            @ModelAttribute BeneficiaryForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        access.open(insee, model);
        ReferentApi.Beneficiary beneficiary = api.beneficiary(insee, id);
        List<FieldProblem> errors = new ArrayList<>(form.problems());
        if (errors.isEmpty()) {
            try {
                api.updateBeneficiary(insee, id, form.body(null));
                redirect.addFlashAttribute(MESSAGE, "La fiche est corrigée.");
                return "redirect:/gestion/communes/" + insee + "/beneficiaires/" + id;
            } catch (ApiProblem problem) {
                errors.addAll(apiErrors(problem));
            }
        }
        response.setStatus(400);
        beneficiaryModel(model, form, beneficiary);
        withErrors(model, errors);
        return "staff/referent/beneficiary";
    }

    @PostMapping("/beneficiaires/{id}/effacement")
    String eraseBeneficiary(@PathVariable String insee, @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean confirm, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        access.open(insee, model);
        ReferentApi.Beneficiary beneficiary = api.beneficiary(insee, id);
        if (!confirm) {
            response.setStatus(400);
            beneficiaryModel(model, BeneficiaryForm.of(beneficiary), beneficiary);
            withErrors(model, List.of(new FieldProblem("confirm",
                    "Cochez la case pour confirmer l’effacement de la fiche.")));
            return "staff/referent/beneficiary";
        }
        try {
            api.eraseBeneficiary(insee, id);
        } catch (ApiProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute(WARNING, frenchDetail(problem, "La fiche ne peut pas être effacée."));
            return "redirect:/gestion/communes/" + insee + "/beneficiaires/" + id;
        }
        redirect.addFlashAttribute(MESSAGE, "La fiche est effacée : il n’en reste que ce que la loi demande de garder "
                + "pour les besoins passés, sans nom ni coordonnées.");
        return "redirect:/gestion/communes/" + insee + "/beneficiaires";
    }

    private void beneficiaryModel(Model model, BeneficiaryForm form, ReferentApi.Beneficiary beneficiary) {
        model.addAttribute("form", form);
        model.addAttribute("beneficiary", beneficiary);
        model.addAttribute("contacts", ReferentLabels.PREFERRED_CONTACTS);
    }

    private List<FieldProblem> apiErrors(ApiProblem problem) {
        if (problem.status() != 400 && problem.status() != 409) {
            throw problem;
        }
        List<FieldProblem> errors = problem.errors().stream().map(field -> {
            String id = BeneficiaryForm.fieldOf(field.field());
            return new FieldProblem(id, BeneficiaryForm.labelOf(id) + " : " + field.message());
        }).toList();
        return errors.isEmpty() ? List.of(new FieldProblem("firstName", frenchDetail(problem,
                "La fiche n’a pas pu être enregistrée."))) : errors;
    }

    /** The signed-in referent's id in commune-service (by their address), or the commune's first referent. */
    private String referentId(String insee) {
        List<ReferentApi.Referent> referents = api.referents(insee);
        String email = access.email();
        return referents.stream().filter(r -> r.email() != null && r.email().equalsIgnoreCase(email))
                .map(ReferentApi.Referent::id).findFirst()
                .orElse(referents.isEmpty() ? null : referents.get(0).id());
    }

    // ----------------------------------------------------------------------------------------- associations

    @GetMapping("/associations")
    String associations(@PathVariable String insee, Model model) {
        access.open(insee, model);
        model.addAttribute("associations", api.associations(insee));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", AssociationForm.blank());
        }
        model.addAttribute("kinds", ReferentLabels.KINDS);
        return "staff/referent/associations";
    }

    @PostMapping("/associations")
    String recordAssociation(@PathVariable String insee, @ModelAttribute("form") AssociationForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        access.open(insee, model);
        List<FieldProblem> errors = new ArrayList<>(form.problems());
        if (errors.isEmpty()) {
            try {
                ReferentApi.Association recorded = api.recordAssociation(insee, form.body());
                redirect.addFlashAttribute(MESSAGE, "L’association « " + recorded.name() + " » est enregistrée.");
                return "redirect:/gestion/communes/" + insee + "/associations";
            } catch (ApiProblem problem) {
                if (problem.status() != 400 && problem.status() != 409) {
                    throw problem;
                }
                problem.errors().forEach(field -> errors.add(new FieldProblem(
                        AssociationForm.fieldOf(field.field()), field.message())));
                if (errors.isEmpty()) {
                    errors.add(new FieldProblem("name", frenchDetail(problem,
                            "L’association n’a pas pu être enregistrée.")));
                }
            }
        }
        response.setStatus(400);
        withErrors(model, errors);
        return associations(insee, model);
    }
}
