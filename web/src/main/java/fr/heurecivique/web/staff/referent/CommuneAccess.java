package fr.heurecivique.web.staff.referent;

import fr.heurecivique.referencedata.Commune;
import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.api.FieldProblem;
import fr.heurecivique.web.communes.CommuneChooser;
import fr.heurecivique.web.staff.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may open a commune's pages: its own referents (the {@code communes} of their token) and coordinators. Anyone
 * else gets the French 403 page before any call to the API — and the API refuses them too, so an id edited in the
 * address (another commune's need or beneficiary) is refused by the service that holds it.
 */
@Component
class CommuneAccess {

    private final StaffMember member;
    private final CommuneChooser communes;

    CommuneAccess(StaffMember member, CommuneChooser communes) {
        this.member = member;
        this.communes = communes;
    }

    /** The commune, once the signed-in person is allowed in; adds it to the model for the page. */
    Commune open(String insee, Model model) {
        StaffMember.Staff staff = member.require();
        Commune commune = communes.byInsee(insee).orElseThrow(() -> new ApiProblem(404, "Introuvable", null,
                List.of()));
        if (!staff.managesCommune(insee)) {
            throw new ApiProblem(403, "Accès refusé", "Cette page concerne la commune de " + commune.name()
                    + ", qui n’est pas la vôtre : vous ne pouvez pas l’ouvrir.", List.of());
        }
        model.addAttribute("commune", commune);
        model.addAttribute("base", "/gestion/communes/" + insee);
        model.addAttribute("errors", List.of());
        model.addAttribute("fieldErrors", Map.of());
        return commune;
    }

    /** The signed-in person's address, to choose them among the commune's referents. */
    String email() {
        return member.require().email();
    }

    /** The errors for the summary, and by field id for the fields' own messages. */
    static void withErrors(Model model, List<FieldProblem> errors) {
        model.addAttribute("errors", errors);
        Map<String, String> byField = new LinkedHashMap<>();
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
