package fr.heurecivique.web.staff.coordination;

import fr.heurecivique.web.api.FieldProblem;
import fr.heurecivique.web.forms.Option;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The perimeter of action a coordinator records after the phone interview, as the form sends it: modes, distance,
 * kinds of help, availability ({@code MONDAY-MORNING} …), monthly pledge. Checked here for comfort (the same bounds
 * as volunteer-service, which remains the authority).
 */
record PerimeterForm(List<String> modes, String maxDistanceKm, List<String> kindsOfHelp, List<String> availability,
        String monthlyPledgeHours) {

    PerimeterForm {
        modes = modes == null ? List.of() : List.copyOf(modes);
        kindsOfHelp = kindsOfHelp == null ? List.of() : List.copyOf(kindsOfHelp);
        availability = availability == null ? List.of() : List.copyOf(availability);
    }

    static PerimeterForm empty() {
        return new PerimeterForm(List.of(), "5", List.of(), List.of(), "2");
    }

    public boolean hasSlot(DayOfWeek day, String period) {
        return availability.contains(day.name() + "-" + period);
    }

    List<FieldProblem> validate() {
        List<FieldProblem> errors = new ArrayList<>();
        if (modes.isEmpty() || !known(DeskLabels.MODES, modes)) {
            errors.add(new FieldProblem("modes", "Cochez au moins une façon d’aider."));
        }
        if (integer(maxDistanceKm, 1, 100) == null) {
            errors.add(new FieldProblem("maxDistanceKm", "Indiquez une distance entre 1 et 100 km."));
        }
        if (kindsOfHelp.isEmpty() || !known(DeskLabels.KINDS, kindsOfHelp)) {
            errors.add(new FieldProblem("kindsOfHelp", "Cochez au moins un type d’aide."));
        }
        if (availability.isEmpty() || availability.stream().anyMatch(slot -> slot(slot) == null)) {
            errors.add(new FieldProblem("availability", "Cochez au moins un moment où le ou la bénévole est "
                    + "disponible."));
        }
        if (integer(monthlyPledgeHours, 1, 60) == null) {
            errors.add(new FieldProblem("monthlyPledgeHours", "Indiquez un engagement entre 1 et 60 heures par mois."));
        }
        return errors;
    }

    /** The body of {@code POST /api/volunteers/{id}/interview}. */
    Map<String, Object> toApi() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("modes", modes);
        body.put("maxDistanceKm", integer(maxDistanceKm, 1, 100));
        body.put("kindsOfHelp", kindsOfHelp);
        body.put("availability", availability.stream().map(PerimeterForm::slot).toList());
        body.put("monthlyPledgeHours", integer(monthlyPledgeHours, 1, 60));
        return body;
    }

    /** volunteer-service's field ({@code availability[0].day}) → the form's. */
    static String formField(String apiField) {
        if (apiField == null) {
            return "modes";
        }
        for (String field : List.of("modes", "maxDistanceKm", "kindsOfHelp", "availability", "monthlyPledgeHours")) {
            if (apiField.startsWith(field)) {
                return field;
            }
        }
        return "modes";
    }

    private static Map<String, String> slot(String value) {
        String[] parts = value == null ? new String[0] : value.split("-");
        if (parts.length != 2 || DeskLabels.PERIODS.stream().noneMatch(option -> option.value().equals(parts[1]))) {
            return null;
        }
        try {
            DayOfWeek.valueOf(parts[0]);
        } catch (IllegalArgumentException e) {
            return null;
        }
        Map<String, String> slot = new LinkedHashMap<>();
        slot.put("day", parts[0]);
        slot.put("period", parts[1]);
        return slot;
    }

    private static boolean known(List<Option> options, List<String> values) {
        return values.stream().allMatch(value -> options.stream().anyMatch(option -> option.value().equals(value)));
    }

    private static Integer integer(String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value == null ? "" : value.strip());
            return parsed >= min && parsed <= max ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
