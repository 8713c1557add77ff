package fr.heurecivique.web.forms;

import fr.heurecivique.web.api.FieldProblem;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A form's errors, one per field, in the form's order: the error summary at the top of the page lists them (each a
 * link to its field's id), and each field shows its own (theme/forms.html). The field's id is its name.
 */
public final class FormErrors extends AbstractList<FormErrors.Problem> {

    /** @param field the field's id (and name); @param message what to do, in French, readable out of context */
    public record Problem(String field, String message) {
    }

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<String> order;

    /** @param order the form's fields, top to bottom (problems are listed in this order) */
    public FormErrors(List<String> order) {
        this.order = List.copyOf(order);
    }

    /** Adds a problem, unless the field has one already (the first one, the most basic, is the one to fix). */
    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    /** The Bean Validation errors of a form; their messages are written for people (see the form records). */
    public FormErrors addAll(BindingResult result) {
        for (String field : order) {
            FieldError error = result.getFieldError(field);
            if (error != null) {
                add(field, error.getDefaultMessage());
            }
        }
        for (FieldError error : result.getFieldErrors()) {
            add(error.getField(), error.getDefaultMessage());
        }
        return this;
    }

    /**
     * The API's field problems ({@code errors: [{field, message}]}), put back on the form's fields: {@code fieldOf}
     * gives the form's field for an API field (null: the form's first field), {@code labelOf} its label, which
     * introduces the service's message ("Adresse électronique : doit être une adresse e-mail valide").
     */
    public FormErrors addAll(List<FieldProblem> problems, Function<String, String> fieldOf,
            Function<String, String> labelOf) {
        for (FieldProblem problem : problems) {
            String field = problem.field() == null ? null : fieldOf.apply(problem.field());
            if (field == null) {
                field = order.get(0);
            }
            String message = problem.message() == null ? "valeur refusée" : problem.message();
            add(field, labelOf.apply(field) + " : " + message);
        }
        return this;
    }

    public String message(String field) {
        return byField.get(field);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    private List<Problem> ordered() {
        List<Problem> problems = new ArrayList<>();
        for (String field : order) {
            if (byField.containsKey(field)) {
                problems.add(new Problem(field, byField.get(field)));
            }
        }
        byField.forEach((field, message) -> {
            if (!order.contains(field)) {
                problems.add(new Problem(field, message));
            }
        });
        return problems;
    }

    @Override
    public Problem get(int index) {
        return ordered().get(index);
    }

    @Override
    public int size() {
        return byField.size();
    }
}
