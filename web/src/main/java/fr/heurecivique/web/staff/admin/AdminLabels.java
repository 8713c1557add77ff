package fr.heurecivique.web.staff.admin;

import fr.heurecivique.web.forms.Option;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** The administrator's words in French: roles, audited actions and resources. */
@Component("adminLabels")
public class AdminLabels {

    /** The roles a staff account may have (volunteers' accounts come from their sign-up). */
    static final List<Option> STAFF_ROLES = List.of(new Option("REFERENT", "Référent ou référente d’une commune"),
            new Option("COORDINATOR", "Coordination de l’association"),
            new Option("ADMIN", "Administration du Département"));

    static final List<Option> ROLE_FILTER = List.of(new Option("", "Tous les rôles"),
            new Option("VOLUNTEER", "Bénévole"), new Option("REFERENT", "Référent"),
            new Option("COORDINATOR", "Coordination"), new Option("ADMIN", "Administration"));

    static final List<Option> STATE_FILTER = List.of(new Option("", "Actifs et désactivés"),
            new Option("actifs", "Actifs seulement"), new Option("desactives", "Désactivés seulement"));

    private static final Map<String, String> ROLES = Map.of("VOLUNTEER", "bénévole", "REFERENT", "référent",
            "COORDINATOR", "coordination", "ADMIN", "administration", "SERVICE", "service de la plateforme");

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("ROSTER_VIEWED", "Liste des bénévoles d’une commune consultée"),
            Map.entry("ROSTER_EXPORTED", "Liste des bénévoles d’une commune téléchargée"),
            Map.entry("VOLUNTEER_VIEWED", "Fiche d’un ou une bénévole consultée"),
            Map.entry("VOLUNTEER_EXPORTED", "Données d’un ou une bénévole exportées"),
            Map.entry("VOLUNTEERS_SEARCHED", "Recherche de bénévoles"),
            Map.entry("BENEFICIARIES_LISTED", "Liste des bénéficiaires consultée"),
            Map.entry("BENEFICIARY_VIEWED", "Fiche d’un ou une bénéficiaire consultée"),
            Map.entry("BENEFICIARY_CONTACT_RELEASED", "Contact d’un ou une bénéficiaire transmis à un service"),
            Map.entry("DELIVERY_LOG_SEARCHED", "Journal des envois consulté"),
            Map.entry("DELIVERY_VIEWED", "Envoi d’un message consulté"));

    public String role(String code) {
        return ROLES.getOrDefault(code, code);
    }

    public String roles(List<String> codes) {
        return codes == null ? "" : String.join(", ", codes.stream().map(this::role).toList());
    }

    public String action(String code) {
        return ACTIONS.getOrDefault(code, code);
    }
}
