package fr.heurecivique.web.staff.referent;

import fr.heurecivique.web.api.FieldProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The association form as typed; checked for comfort, commune-service remains the authority. */
record AssociationForm(String name, String rnaNumber, String contactName, String contactRole, String contactEmail,
        String contactPhone, List<String> kinds) {

    AssociationForm {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    static AssociationForm blank() {
        return new AssociationForm(null, null, null, null, null, null, List.of());
    }

    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(name)) {
            problems.add(new FieldProblem("name", "Indiquez le nom de l’association."));
        } else if (name.strip().length() > 200) {
            problems.add(new FieldProblem("name", "Le nom doit faire au plus 200 caractères."));
        }
        if (!blank(rnaNumber) && !rnaNumber.strip().matches("[Ww][0-9]{9}")) {
            problems.add(new FieldProblem("rnaNumber", "Le numéro RNA est un W suivi de 9 chiffres, par exemple "
                    + "W173001234."));
        }
        if (blank(contactName)) {
            problems.add(new FieldProblem("contactName", "Indiquez le nom de la personne à contacter."));
        }
        if (blank(contactEmail) && blank(contactPhone)) {
            problems.add(new FieldProblem("contactEmail", "Indiquez une adresse électronique ou un téléphone."));
        } else if (!blank(contactEmail) && !contactEmail.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new FieldProblem("contactEmail", "Indiquez une adresse électronique valide, par exemple "
                    + "contact@association.fr."));
        }
        return problems;
    }

    Map<String, Object> body() {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", contactName.strip());
        if (!blank(contactRole)) {
            contact.put("role", contactRole.strip());
        }
        if (!blank(contactEmail)) {
            contact.put("email", contactEmail.strip());
        }
        if (!blank(contactPhone)) {
            contact.put("phone", contactPhone.strip());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name.strip());
        if (!blank(rnaNumber)) {
            body.put("rnaNumber", rnaNumber.strip());
        }
        body.put("contact", contact);
        body.put("kindsOfNeed", kinds.stream().filter(ReferentLabels.KIND_CODES::contains).toList());
        return body;
    }

    static String fieldOf(String apiField) {
        if (apiField == null) {
            return "name";
        }
        return switch (apiField) {
            case "rnaNumber" -> "rnaNumber";
            case "contact", "contact.email" -> "contactEmail";
            case "contact.name" -> "contactName";
            case "contact.role" -> "contactRole";
            case "contact.phone" -> "contactPhone";
            default -> "name";
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
