package fr.heurecivique.defaults.web;

import java.util.List;

/** Bad input found by a domain rule rather than by Bean Validation: answered {@code 400} listing each field. */
public class InvalidFieldsException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidFieldsException(List<FieldProblem> problems) {
        super("Invalid fields: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public InvalidFieldsException(String field, String frenchMessage) {
        this(List.of(new FieldProblem(field, frenchMessage)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
