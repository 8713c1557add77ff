package fr.heurecivique.web.staff.referent;

import fr.heurecivique.web.api.FieldProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The beneficiary form as typed; checked for comfort, commune-service remains the authority. */
record BeneficiaryForm(String firstName, String lastName, String phone, String address, String preferredContact,
        Boolean consent, String note) {

    BeneficiaryForm {
        consent = Boolean.TRUE.equals(consent);
    }

    static BeneficiaryForm blank() {
        return new BeneficiaryForm(null, null, null, null, "PHONE_CALL", false, null);
    }

    static BeneficiaryForm of(ReferentApi.Beneficiary b) {
        return new BeneficiaryForm(b.firstName(), b.lastName(), b.phone(), b.address(), b.preferredContact(),
                b.consentToBeContacted(), b.note());
    }

    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(firstName)) {
            problems.add(new FieldProblem("firstName", "Indiquez le prénom."));
        } else if (firstName.strip().length() > 100) {
            problems.add(new FieldProblem("firstName", "Le prénom doit faire au plus 100 caractères."));
        }
        if (blank(lastName)) {
            problems.add(new FieldProblem("lastName", "Indiquez le nom."));
        } else if (lastName.strip().length() > 100) {
            problems.add(new FieldProblem("lastName", "Le nom doit faire au plus 100 caractères."));
        }
        if (!blank(phone) && !phone.replaceAll("[\\s.\\-]", "").matches("(\\+33|0)[1-9][0-9]{8}")) {
            problems.add(new FieldProblem("phone", "Indiquez un numéro de téléphone français, par exemple "
                    + "05 46 00 00 01."));
        }
        if (address != null && address.strip().length() > 200) {
            problems.add(new FieldProblem("address", "L’adresse doit faire au plus 200 caractères."));
        }
        if (ReferentLabels.PREFERRED_CONTACTS.stream().noneMatch(o -> o.value().equals(preferredContact))) {
            problems.add(new FieldProblem("preferredContact", "Choisissez comment joindre la personne."));
        } else if ("SMS".equals(preferredContact) && blank(phone)) {
            problems.add(new FieldProblem("phone", "Indiquez un numéro de portable pour la joindre par SMS."));
        }
        if (note != null && note.strip().length() > 500) {
            problems.add(new FieldProblem("note", "La note doit faire au plus 500 caractères."));
        }
        return problems;
    }

    /** The API's body; for a change, empty fields remove the phone, address or note. */
    Map<String, Object> body(String referentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (referentId != null) {
            body.put("referentId", referentId);
        }
        body.put("firstName", firstName.strip());
        body.put("lastName", lastName.strip());
        body.put("phone", blank(phone) ? (referentId == null ? "" : null) : phone.strip());
        body.put("address", blank(address) ? (referentId == null ? "" : null) : address.strip());
        body.put("preferredContact", preferredContact);
        body.put("consentToBeContacted", consent);
        body.put("note", blank(note) ? (referentId == null ? "" : null) : note.strip());
        body.values().removeIf(java.util.Objects::isNull);
        return body;
    }

    static String fieldOf(String apiField) {
        if (apiField == null) {
            return "firstName";
        }
        return switch (apiField) {
            case "lastName", "phone", "address", "preferredContact", "note" -> apiField;
            case "consentToBeContacted" -> "consent";
            default -> "firstName";
        };
    }

    static String labelOf(String field) {
        return switch (field) {
            case "lastName" -> "Nom";
            case "phone" -> "Téléphone";
            case "address" -> "Adresse";
            case "preferredContact" -> "Comment la joindre";
            case "note" -> "Note";
            case "consent" -> "Accord";
            default -> "Prénom";
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
