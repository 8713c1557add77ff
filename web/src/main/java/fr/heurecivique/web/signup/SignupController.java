package fr.heurecivique.web.signup;

import fr.heurecivique.referencedata.Commune;
import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.api.ApiUnavailableException;
import fr.heurecivique.web.communes.CommuneChooser;
import fr.heurecivique.web.forms.FormErrors;
import fr.heurecivique.web.forms.FormNotice;
import fr.heurecivique.web.forms.Option;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.List;
import java.util.Optional;

/**
 * "Devenir bénévole": the sign-up form, then (post, redirect, get) the page that says what happens next. Nothing is
 * sent to the API while the form has errors; the API's own field problems come back onto the fields.
 */
@Controller
class SignupController {

    private final VolunteerApi volunteers;
    private final CommuneChooser communes;

    SignupController(VolunteerApi volunteers, CommuneChooser communes) {
        this.volunteers = volunteers;
        this.communes = communes;
    }

    @GetMapping("/inscription")
    String form(Model model) {
        return page(model, SignupForm.empty(), new FormErrors(SignupForm.FIELDS), List.of());
    }

    @PostMapping("/inscription")
    String signUp(@Valid @ModelAttribute("form") SignupForm form, BindingResult binding, Model model,
            HttpServletResponse response) {
        FormErrors errors = new FormErrors(SignupForm.FIELDS).addAll(binding);
        if (!SignupChoices.valid(SignupChoices.PARTNERS, form.partnerCode())) {
            errors.add("partnerCode", "Choisissez un partenaire dans la liste");
        }
        if (!SignupChoices.valid(SignupChoices.HEARD_FROM, form.heardFrom())) {
            errors.add("heardFrom", "Choisissez une réponse dans la liste");
        }
        List<Commune> candidates = List.of();
        Optional<Commune> commune = communes.byInsee(form.communeInsee())
                .filter(chosen -> communes.choose(form.commune()).candidates().contains(chosen));
        if (commune.isEmpty() && !errors.has("commune")) {
            CommuneChooser.Choice choice = communes.choose(form.commune());
            commune = choice.commune();
            candidates = choice.candidates();
            if (choice.isAmbiguous()) {
                errors.add("commune", "Plusieurs communes correspondent à « " + form.commune().strip()
                        + " » : choisissez la vôtre dans la liste sous le champ Commune");
            } else if (commune.isEmpty()) {
                errors.add("commune", "Nous ne trouvons pas « " + form.commune().strip() + " » parmi les communes de "
                        + "la Charente-Maritime : vérifiez son nom ou indiquez son code postal");
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, form, errors, candidates);
        }
        try {
            volunteers.register(form, commune.get().inseeCode());
            return "redirect:/inscription/merci";
        } catch (ApiProblem problem) {
            response.setStatus(problem.isUnavailable() ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                    : HttpServletResponse.SC_BAD_REQUEST);
            if (problem.status() == 409) {
                // The one conflict of a sign-up: the address is known already.
                errors.add("email", problem.detail() != null ? problem.detail()
                        : "Une inscription existe déjà avec cette adresse électronique");
            } else if (!problem.errors().isEmpty()) {
                errors.addAll(problem.errors(), SignupChoices::formField, field -> SignupChoices.LABELS.getOrDefault(
                        field, field));
            } else {
                model.addAttribute("notice", FormNotice.of(problem));
            }
            return page(model, form.withCommune(commune.get().inseeCode()), errors, List.of());
        } catch (ApiUnavailableException unavailable) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("notice", FormNotice.unavailable());
            return page(model, form, errors, List.of());
        }
    }

    @GetMapping("/inscription/merci")
    String thanks() {
        return "signup/thanks";
    }

    private String page(Model model, SignupForm form, FormErrors errors, List<Commune> candidates) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("partners", SignupChoices.PARTNERS);
        model.addAttribute("heardFrom", SignupChoices.HEARD_FROM);
        model.addAttribute("communeSuggestions", communes.suggestions());
        model.addAttribute("communeCandidates", candidates.stream()
                .map(commune -> new Option(commune.inseeCode(), CommuneChooser.label(commune))).toList());
        return "signup/form";
    }
}
