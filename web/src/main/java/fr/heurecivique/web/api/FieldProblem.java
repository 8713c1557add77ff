package fr.heurecivique.web.api;

/** One bad field, as the API names it ({@code consents.dataProcessing}) with its French message. */
public record FieldProblem(String field, String message) {
}
