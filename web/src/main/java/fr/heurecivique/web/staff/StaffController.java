package fr.heurecivique.web.staff;

import fr.heurecivique.web.communes.CommuneChooser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.List;

/**
 * The staff area's index ({@code /gestion}): the sections the person's roles open. Each section is its own package
 * ({@code staff.referent}, {@code staff.coordination}, {@code staff.admin}, {@code staff.imports}, {@code dashboard}).
 */
@Controller
class StaffController {

    private final StaffMember member;
    private final CommuneChooser communes;

    StaffController(StaffMember member, CommuneChooser communes) {
        this.member = member;
        this.communes = communes;
    }

    @GetMapping("/gestion")
    String index(Model model) {
        StaffMember.Staff staff = member.require();
        List<Section> sections = new ArrayList<>();
        if (staff.isReferent()) {
            staff.communes().forEach(insee -> sections.add(new Section("/gestion/communes/" + insee,
                    "Ma commune : " + communes.byInsee(insee).map(c -> c.name()).orElse(insee),
                    "Les besoins, les bénéficiaires, les associations, les mises en relation et les bénévoles "
                            + "de la commune.")));
        }
        if (staff.isCoordinator()) {
            sections.add(new Section("/gestion/coordination", "Le bureau de coordination",
                    "Les partenariats des communes, les référents, les visios, les entretiens et la recherche "
                            + "de bénévoles."));
        }
        if (staff.isCoordinator()) { // the import is the coordinators' (web's IMPORT_PATHS, the services' rules)
            sections.add(new Section("/gestion/import", "Importer des données",
                    "Les bénévoles et les communes partenaires depuis un fichier CSV, avec un essai à blanc."));
        }
        if (staff.isAdmin()) {
            sections.add(new Section("/gestion/administration", "L’administration",
                    "Les comptes du personnel, leurs rôles et le journal des accès aux données personnelles."));
        }
        sections.add(new Section("/tableau-de-bord", "Le tableau de bord du Département",
                "Les heures données, les bénévoles et la carte des communes."));
        model.addAttribute("sections", sections);
        return "staff/index";
    }

    /** A section of the staff area: where it is, its name and what it holds. */
    record Section(String path, String title, String description) {
    }
}
