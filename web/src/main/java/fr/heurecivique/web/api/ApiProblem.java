package fr.heurecivique.web.api;

import java.util.List;

/**
 * An error answer of the API: its RFC 9457 problem detail ({@code title}, {@code detail}, and for a validation error
 * {@code errors: [{field, message}]}), in French as the services write it.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldProblem> errors;

    public ApiProblem(int status, String title, String detail, List<FieldProblem> errors) {
        super("API answered " + status);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    /** The service is down, overloaded or too slow (the gateway's 503/504), or asks to slow down (429). */
    public boolean isUnavailable() {
        return status == 429 || status >= 500;
    }
}
