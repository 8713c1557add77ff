package fr.heurecivique.defaults.web;

/**
 * One bad field of a request, as listed in the {@code errors} member of a validation problem detail.
 *
 * @param field   the field's path in the request, e.g. {@code consents.dataProcessing}
 * @param message what is wrong, in French
 */
public record FieldProblem(String field, String message) {
}
