package fr.heurecivique.defaults.web;

import fr.heurecivique.defaults.links.InvalidLinkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error as an RFC 9457 {@code application/problem+json} document in French. Validation errors list each
 * bad field in an {@code errors} member ({@code [{field, message}]}); rejected values are never echoed, since
 * they may be personal data. Framework errors get French titles from {@code heure-civique/problems.properties}.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    static final String INVALID_REQUEST_TITLE = "Requête invalide";

    @ExceptionHandler(InvalidFieldsException.class)
    ResponseEntity<ProblemDetail> invalidFields(InvalidFieldsException ex) {
        return ResponseEntity.badRequest().body(validationProblem(ex.problems()));
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ResourceNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "Ressource introuvable", ex.getMessage());
    }

    @ExceptionHandler(StateConflictException.class)
    ResponseEntity<ProblemDetail> conflict(StateConflictException ex) {
        return problem(HttpStatus.CONFLICT, "Conflit avec l’état actuel", ex.getMessage());
    }

    @ExceptionHandler(InvalidLinkException.class)
    ResponseEntity<ProblemDetail> invalidLink(InvalidLinkException ex) {
        return problem(HttpStatus.GONE, "Lien inutilisable", ex.reason().frenchMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        // Exception messages may quote request data (personal data): log the types and frames only.
        log.error("Unexpected {} while handling a request: {}", ex.getClass().getName(), causeChain(ex));
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Erreur interne",
                "Une erreur inattendue est survenue. Réessayez plus tard ; si elle persiste, contactez l’assistance.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(validationProblem(problemsOf(ex.getBindingResult())));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String parameter = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> problems.add(new FieldProblem(
                    error instanceof FieldError fieldError ? fieldError.getField() : parameter,
                    error.getDefaultMessage())));
        });
        return ResponseEntity.badRequest().body(validationProblem(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {

        if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            Class<?> expected = jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
            return ResponseEntity.badRequest().body(validationProblem(
                    List.of(new FieldProblem(field, invalidValueMessage(expected)))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Le corps de la requête est absent ou n’est pas un document JSON valide.");
        problem.setTitle("Corps de requête illisible");
        return ResponseEntity.badRequest().body(problem);
    }

    /** A query or path parameter of the wrong type ({@code ?status=FINI}): named, with the values it accepts. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : ex.getPropertyName() != null ? ex.getPropertyName() : "paramètre";
        return ResponseEntity.badRequest().body(validationProblem(
                List.of(new FieldProblem(field, invalidValueMessage(ex.getRequiredType())))));
    }

    /**
     * What a field of the wrong type or format should hold, in French, naming the accepted values of a list (an
     * enum) — never the rejected value, which may be personal data.
     */
    static String invalidValueMessage(Class<?> expected) {
        if (expected == null) {
            return "valeur invalide ou d’un type inattendu";
        }
        if (expected.isEnum()) {
            List<String> values = java.util.Arrays.stream(expected.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).toList();
            String accepted = values.size() == 1 ? values.get(0)
                    : String.join(", ", values.subList(0, values.size() - 1)) + " ou " + values.get(values.size() - 1);
            return "valeur non reconnue : valeurs acceptées " + accepted;
        }
        if (expected == java.time.LocalDate.class) {
            return "doit être une date au format AAAA-MM-JJ (par exemple 2026-12-10)";
        }
        if (expected == java.time.LocalTime.class) {
            return "doit être une heure au format HH:MM (par exemple 09:30)";
        }
        if (expected == java.time.Instant.class || expected == java.time.OffsetDateTime.class
                || expected == java.time.ZonedDateTime.class) {
            return "doit être une date et une heure ISO 8601 (par exemple 2026-12-10T09:30:00Z)";
        }
        if (expected == java.time.DayOfWeek.class) {
            return "valeur non reconnue : valeurs acceptées MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY "
                    + "ou SUNDAY";
        }
        if (expected == int.class || expected == Integer.class || expected == long.class || expected == Long.class
                || expected == short.class || expected == Short.class) {
            return "doit être un nombre entier";
        }
        if (expected == double.class || expected == Double.class || expected == float.class
                || expected == Float.class || expected == java.math.BigDecimal.class) {
            return "doit être un nombre";
        }
        if (expected == boolean.class || expected == Boolean.class) {
            return "doit être true ou false";
        }
        if (java.util.Collection.class.isAssignableFrom(expected) || expected.isArray()) {
            return "doit être une liste";
        }
        if (expected == String.class) {
            return "doit être un texte";
        }
        return "valeur invalide ou d’un type inattendu";
    }

    /** The problem detail listing each bad field, sorted by field for stable answers. */
    public static ProblemDetail validationProblem(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problems.size() == 1 ? "Une donnée de la requête est invalide."
                        : "Plusieurs données de la requête sont invalides.");
        problem.setTitle(INVALID_REQUEST_TITLE);
        problem.setProperty("errors", problems.stream()
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList());
        return problem;
    }

    private static List<FieldProblem> problemsOf(BindingResult result) {
        List<FieldProblem> problems = new ArrayList<>();
        result.getFieldErrors().forEach(error -> problems.add(new FieldProblem(error.getField(), error.getDefaultMessage())));
        result.getGlobalErrors().forEach(error -> problems.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return problems;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }

    private static String causeChain(Throwable ex) {
        StringBuilder chain = new StringBuilder();
        for (Throwable current = ex; current != null; current = current.getCause()) {
            StackTraceElement top = current.getStackTrace().length > 0 ? current.getStackTrace()[0] : null;
            chain.append(current == ex ? "" : " <- ").append(current.getClass().getName());
            if (top != null) {
                chain.append(" at ").append(top);
            }
        }
        return chain.toString();
    }
}
