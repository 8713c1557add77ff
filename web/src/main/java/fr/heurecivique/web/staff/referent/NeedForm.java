package fr.heurecivique.web.staff.referent;

import fr.heurecivique.web.api.FieldProblem;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The need form as typed (strings, so that nothing typed is lost), checked for the referent's comfort; the API
 * remains the authority. {@code recipient} is {@code beneficiaire:<id>} or {@code association:<id>}; {@code schedule}
 * {@code ONCE} (a {@code date}) or {@code WEEKLY} ({@code days} from {@code startDate} to {@code endDate}).
 */
record NeedForm(String referent, String recipient, String title, String kind, String description, String address,
        String schedule, String date, List<String> days, String startDate, String endDate, String startTime,
        String endTime, String duration, String volunteers, Boolean urgent) {

    static final String BENEFICIARY = "beneficiaire:";
    static final String ASSOCIATION = "association:";

    NeedForm {
        days = days == null ? List.of() : List.copyOf(days);
        urgent = Boolean.TRUE.equals(urgent);
    }

    static NeedForm blank() {
        return new NeedForm(null, null, null, null, null, null, "ONCE", null, List.of(), null, null, "14:00",
                "16:00", "60", "1", false);
    }

    static NeedForm of(ReferentApi.Need need) {
        ReferentApi.Schedule when = need.when();
        boolean weekly = "WEEKLY".equals(when.type());
        return new NeedForm(null, need.beneficiaryId() != null ? BENEFICIARY + need.beneficiaryId()
                : ASSOCIATION + need.associationId(), need.title(), need.kind(), need.description(),
                need.place() == null ? null : need.place().address(), weekly ? "WEEKLY" : "ONCE",
                weekly ? null : String.valueOf(when.date()), weekly ? when.daysOfWeek() : List.of(),
                weekly ? String.valueOf(when.startDate()) : null, weekly ? String.valueOf(when.endDate()) : null,
                when.startTime().toString(), when.endTime().toString(), String.valueOf(need.durationMinutes()),
                String.valueOf(need.volunteersNeeded()), "URGENT".equals(need.urgency()));
    }

    public boolean weekly() {
        return "WEEKLY".equals(schedule);
    }

    /** What is wrong, by field id, in the form's order; {@code creating}: who the need is for is asked too. */
    List<FieldProblem> problems(boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        if (creating && blank(referent)) {
            problems.add(new FieldProblem("referent", "Choisissez le référent ou la référente qui suit ce besoin."));
        }
        if (creating && (blank(recipient) || !(recipient.startsWith(BENEFICIARY)
                || recipient.startsWith(ASSOCIATION)))) {
            problems.add(new FieldProblem("recipient", "Choisissez la personne ou l’association aidée."));
        }
        if (blank(title)) {
            problems.add(new FieldProblem("title", "Indiquez un titre court, par exemple « Courses du jeudi »."));
        } else if (title.strip().length() > 120) {
            problems.add(new FieldProblem("title", "Le titre doit faire au plus 120 caractères."));
        }
        if (blank(kind) || !ReferentLabels.KIND_CODES.contains(kind)) {
            problems.add(new FieldProblem("kind", "Choisissez le type d’aide."));
        }
        if (blank(description)) {
            problems.add(new FieldProblem("description", "Décrivez l’aide attendue."));
        } else if (description.strip().length() > 2000) {
            problems.add(new FieldProblem("description", "La description doit faire au plus 2 000 caractères."));
        }
        if (address != null && address.strip().length() > 200) {
            problems.add(new FieldProblem("address", "L’adresse doit faire au plus 200 caractères."));
        }
        if (weekly()) {
            if (days.isEmpty()) {
                problems.add(new FieldProblem("days-" + "MONDAY", "Cochez au moins un jour de la semaine."));
            }
            if (!blank(startDate) && parseDate(startDate) == null) {
                problems.add(new FieldProblem("startDate", "Indiquez la date de début au format jj/mm/aaaa."));
            }
            if (parseDate(endDate) == null) {
                problems.add(new FieldProblem("endDate", "Indiquez la date de fin de la récurrence."));
            }
        } else if (parseDate(date) == null) {
            problems.add(new FieldProblem("date", "Indiquez la date de l’aide."));
        }
        LocalTime start = parseTime(startTime);
        LocalTime end = parseTime(endTime);
        if (start == null) {
            problems.add(new FieldProblem("startTime", "Indiquez l’heure de début, par exemple 14:00."));
        }
        if (end == null) {
            problems.add(new FieldProblem("endTime", "Indiquez l’heure de fin, par exemple 16:00."));
        } else if (start != null && !start.isBefore(end)) {
            problems.add(new FieldProblem("endTime", "L’heure de fin doit être après l’heure de début."));
        }
        Integer minutes = parseInt(duration);
        if (minutes == null || minutes < 1 || minutes > 480) {
            problems.add(new FieldProblem("duration", "Indiquez une durée entre 1 et 480 minutes (8 heures)."));
        }
        Integer count = parseInt(volunteers);
        if (count == null || count < 1 || count > 50) {
            problems.add(new FieldProblem("volunteers", "Indiquez un nombre de bénévoles entre 1 et 50."));
        }
        return problems;
    }

    /** The API's body: the whole need for a POST, or the changes (everything but who it is for) for a PATCH. */
    Map<String, Object> body(boolean creating) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (creating) {
            body.put("referentId", referent.strip());
            if (recipient.startsWith(BENEFICIARY)) {
                body.put("beneficiaryId", recipient.substring(BENEFICIARY.length()));
            } else {
                body.put("associationId", recipient.substring(ASSOCIATION.length()));
            }
        }
        body.put("title", title.strip());
        body.put("kind", kind);
        body.put("description", description.strip());
        if (!blank(address)) {
            body.put("place", Map.of("address", address.strip()));
        }
        Map<String, Object> when = new LinkedHashMap<>();
        if (weekly()) {
            when.put("daysOfWeek", days);
            if (!blank(startDate)) {
                when.put("startDate", parseDate(startDate).toString());
            }
            when.put("endDate", parseDate(endDate).toString());
        } else {
            when.put("date", parseDate(date).toString());
        }
        when.put("startTime", parseTime(startTime).toString());
        when.put("endTime", parseTime(endTime).toString());
        body.put("when", when);
        body.put("durationMinutes", parseInt(duration));
        body.put("volunteersNeeded", parseInt(volunteers));
        body.put("urgency", Boolean.TRUE.equals(urgent) ? "URGENT" : "NORMAL");
        return body;
    }

    /** The form's field for an API field name ({@code when.endDate} → {@code endDate}). */
    static String fieldOf(String apiField) {
        if (apiField == null) {
            return "title";
        }
        return switch (apiField) {
            case "referentId" -> "referent";
            case "beneficiaryId", "associationId" -> "recipient";
            case "when", "when.date" -> "date";
            case "when.daysOfWeek" -> "days-MONDAY";
            case "when.startDate" -> "startDate";
            case "when.endDate" -> "endDate";
            case "when.startTime" -> "startTime";
            case "when.endTime" -> "endTime";
            case "durationMinutes" -> "duration";
            case "volunteersNeeded" -> "volunteers";
            case "place", "place.address" -> "address";
            case "kind", "title", "description" -> apiField;
            default -> "title";
        };
    }

    static String labelOf(String field) {
        return switch (field) {
            case "referent" -> "Référent ou référente";
            case "recipient" -> "Pour qui";
            case "kind" -> "Type d’aide";
            case "description" -> "Description";
            case "address" -> "Adresse";
            case "date" -> "Date";
            case "days-MONDAY" -> "Jours";
            case "startDate" -> "Date de début";
            case "endDate" -> "Date de fin";
            case "startTime" -> "Heure de début";
            case "endTime" -> "Heure de fin";
            case "duration" -> "Durée";
            case "volunteers" -> "Nombre de bénévoles";
            default -> "Titre";
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A date typed as {@code 2026-12-15} (a date field) or {@code 15/12/2026}. */
    static LocalDate parseDate(String value) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                String[] parts = text.split("/");
                return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[0]));
            }
            return LocalDate.parse(text);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A time typed as {@code 14:00}, {@code 14h00} or {@code 14 h}. */
    static LocalTime parseTime(String value) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\d{1,2})[:h]?(\\d{2})?")
                .matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }

    static Integer parseInt(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
