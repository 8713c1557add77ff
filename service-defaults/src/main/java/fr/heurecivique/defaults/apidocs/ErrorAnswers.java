package fr.heurecivique.defaults.apidocs;

import fr.heurecivique.defaults.security.SecurityProblems;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The error answers of every operation of a service's OpenAPI description, from the mechanisms that give them rather
 * than written by hand on each controller: all are {@code application/problem+json} ({@code Problem}), in French,
 * with an example each.
 * <ul>
 * <li>{@code 400} ({@code ProblemDetailsAdvice}) when the operation takes a body or parameters, its example listing
 * the body's constrained fields with the messages the validator gives;</li>
 * <li>{@code 401} and {@code 403} ({@code SecurityProblems}) when the service's security rules refuse an anonymous
 * caller ({@link OpenAccess});</li>
 * <li>{@code 404} ({@code ResourceNotFoundException}) when the path names a resource (a path variable);</li>
 * <li>{@code 409} ({@code StateConflictException}) when the operation changes something (not a {@code GET});</li>
 * <li>{@code 413} (the service's and the gateway's body limits) when it takes a body;</li>
 * <li>{@code 429} (the gateway's rate limits, with {@code Retry-After}) for every operation.</li>
 * </ul>
 * An answer a controller documents itself ({@code @ApiResponse}) is kept as it is.
 */
final class ErrorAnswers implements OperationCustomizer {

    static final String PROBLEM_SCHEMA = "Problem";
    static final String FIELD_PROBLEM_SCHEMA = "FieldProblem";
    static final String PROBLEM_JSON = "application/problem+json";

    private final OpenAccess openAccess;
    private final ObjectProvider<Validator> validator;

    ErrorAnswers(OpenAccess openAccess, ObjectProvider<Validator> validator) {
        this.openAccess = openAccess;
        this.validator = validator;
    }

    /** The problem document (RFC 9457) with the platform's {@code errors} member, for the components. */
    static Schema<?> problemSchema() {
        return new ObjectSchema().description("Un problème (RFC 9457), en français")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().description("le problème, en peu de mots"))
                .addProperty("status", new IntegerSchema().description("le code HTTP"))
                .addProperty("detail", new StringSchema().description("ce qu’il faut savoir ou faire"))
                .addProperty("instance", new StringSchema().description("le chemin de la requête"))
                .addProperty("traceId", new StringSchema().description("l’identifiant de trace, pour l’assistance"))
                .addProperty("errors", new ArraySchema().description("chaque donnée invalide (400)")
                        .items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM_SCHEMA)));
    }

    static Schema<?> fieldProblemSchema() {
        return new ObjectSchema().description("Une donnée invalide : jamais la valeur refusée, seulement ce qui est attendu")
                .addProperty("field", new StringSchema().description("le champ ou le paramètre, par exemple "
                        + "consents.dataProcessing ou availability[0].day"))
                .addProperty("message", new StringSchema().description("ce qui est attendu, en français"))
                .required(List.of("field", "message"));
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean takesBody = operation.getRequestBody() != null;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        Set<String> pathVariables = parameters.stream().filter(parameter -> "path".equals(parameter.getIn()))
                .map(Parameter::getName).collect(java.util.stream.Collectors.toSet());
        // A handler may serve several paths: this operation's are those with its path variables.
        List<OpenAccess.Mapping> all = openAccess.mappingsOf(handlerMethod);
        List<OpenAccess.Mapping> mine = all.stream()
                .filter(mapping -> mapping.variables().equals(pathVariables)).toList();
        List<OpenAccess.Mapping> mappings = mine.isEmpty() ? all : mine;
        String path = mappings.isEmpty() ? null : mappings.get(0).samplePath();
        if (takesBody || !parameters.isEmpty()) {
            add(responses, "400", "Requête invalide : chaque donnée refusée est nommée dans errors, avec ce qui est "
                    + "attendu", badRequestExamples(handlerMethod, parameters, takesBody, path));
        }
        if (mappings.stream().anyMatch(mapping -> !openAccess.allowsAnonymous(mapping))) {
            add(responses, "401", "Aucun jeton d’accès, ou un jeton invalide ou expiré", Map.of(
                    "sans jeton", example(SecurityProblems.unauthenticatedProblem(false), path),
                    "jeton expiré", example(SecurityProblems.unauthenticatedProblem(true), path)));
            add(responses, "403", "Le compte n’a pas les droits pour cette action ou cette ressource", Map.of(
                    "droits insuffisants", example(SecurityProblems.forbiddenProblem(null), path)));
        }
        if (!pathVariables.isEmpty()) {
            add(responses, "404", "Ce que le chemin désigne n’existe pas (ou plus)", Map.of("introuvable",
                    example(problem(404, "Ressource introuvable", "Aucune ressource n’a cet identifiant."), path)));
        }
        if (mappings.stream().anyMatch(mapping -> !"GET".equals(mapping.method()))) {
            add(responses, "409", "L’action n’est pas possible dans l’état actuel (une étape dans le désordre, un "
                    + "doublon)", Map.of("conflit", example(problem(409, "Conflit avec l’état actuel",
                    "Cette action n’est pas possible dans l’état actuel."), path)));
        }
        if (takesBody) {
            add(responses, "413", "Le corps de la requête dépasse la taille autorisée", Map.of("trop volumineux",
                    example(problem(413, "Requête trop volumineuse",
                            "Le corps de la requête dépasse la taille autorisée (64 Ko)."), null)));
        }
        ApiResponse tooMany = add(responses, "429", "Trop de requêtes : réessayer après Retry-After secondes",
                Map.of("limite atteinte", example(problem(429, "Trop de requêtes",
                        "Trop de requêtes en peu de temps depuis votre connexion ; réessayez dans 12 secondes."),
                        null)));
        if (tooMany != null) {
            tooMany.addHeaderObject("Retry-After", new Header().description("secondes à attendre")
                    .schema(new IntegerSchema()));
        }
        operation.setResponses(responses);
        return operation;
    }

    private Map<String, Example> badRequestExamples(HandlerMethod handlerMethod, List<Parameter> parameters,
            boolean takesBody, String path) {
        Map<String, Example> examples = new LinkedHashMap<>();
        List<Map<String, String>> fields = takesBody ? bodyFieldErrors(handlerMethod) : List.of();
        if (!fields.isEmpty()) {
            examples.put("données invalides", example(validation(fields), path));
        }
        if (takesBody) {
            ProblemDetail unreadable = problem(400, "Corps de requête illisible",
                    "Le corps de la requête est absent ou n’est pas un document JSON valide.");
            examples.put("corps illisible", example(unreadable, path));
        }
        if (!parameters.isEmpty()) {
            Parameter first = parameters.stream().filter(parameter -> parameter.getSchema() != null
                    && !"string".equals(parameter.getSchema().getType())).findFirst().orElse(parameters.get(0));
            examples.put("paramètre invalide", example(validation(List.of(Map.of("field", first.getName(),
                    "message", "valeur invalide ou d’un type inattendu"))), path));
        }
        return examples;
    }

    /** Each constrained field of the request body (and of its nested records), with the validator's French message. */
    private List<Map<String, String>> bodyFieldErrors(HandlerMethod handlerMethod) {
        Validator current = validator.getIfUnique();
        if (current == null) {
            return List.of();
        }
        for (MethodParameter parameter : handlerMethod.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                List<Map<String, String>> fields = new ArrayList<>();
                collect(current, parameter.getParameterType(), "", fields, 0);
                fields.sort(Comparator.comparing((Map<String, String> field) -> field.get("field")));
                return fields;
            }
        }
        return List.of();
    }

    private static void collect(Validator validator, Class<?> type, String prefix, List<Map<String, String>> fields,
            int depth) {
        if (depth > 3 || type.isPrimitive() || type.getName().startsWith("java.")) {
            return;
        }
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            String name = prefix + property.getPropertyName();
            Set<ConstraintDescriptor<?>> constraints = property.getConstraintDescriptors();
            constraints.stream().map(FrenchMessages::of).filter(message -> message != null).sorted().findFirst()
                    .ifPresent(message -> fields.add(Map.of("field", name, "message", message)));
            if (property.isCascaded()) {
                collect(validator, property.getElementClass(), name + ".", fields, depth + 1);
            }
        }
    }

    private static ProblemDetail validation(List<Map<String, String>> fields) {
        ProblemDetail problem = problem(400, "Requête invalide", fields.size() == 1
                ? "Une donnée de la requête est invalide." : "Plusieurs données de la requête sont invalides.");
        problem.setProperty("errors", fields);
        return problem;
    }

    private static ProblemDetail problem(int status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatus.valueOf(status),
                detail);
        problem.setTitle(title);
        return problem;
    }

    private static Example example(ProblemDetail problem, String path) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", "about:blank");
        value.put("title", problem.getTitle());
        value.put("status", problem.getStatus());
        value.put("detail", problem.getDetail());
        if (path != null) {
            value.put("instance", path);
        }
        if (problem.getProperties() != null) {
            value.putAll(problem.getProperties());
        }
        return new Example().value(value);
    }

    /** Adds the answer unless the controller documents that status itself; returns it if added. */
    private static ApiResponse add(ApiResponses responses, String status, String description,
            Map<String, Example> examples) {
        if (responses.containsKey(status)) {
            return null;
        }
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA));
        new java.util.TreeMap<>(examples).forEach(media::addExamples);
        ApiResponse response = new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, media));
        responses.addApiResponse(status, response);
        return response;
    }

    /** The validator's message of a constraint in French, as the service would answer it. */
    static final class FrenchMessages {

        private static final jakarta.validation.MessageInterpolator INTERPOLATOR = jakarta.validation.Validation
                .byDefaultProvider().configure().getDefaultMessageInterpolator();

        private FrenchMessages() {
        }

        static String of(ConstraintDescriptor<?> constraint) {
            String template = constraint.getMessageTemplate();
            try {
                return INTERPOLATOR.interpolate(template, new jakarta.validation.MessageInterpolator.Context() {
                    @Override
                    public ConstraintDescriptor<?> getConstraintDescriptor() {
                        return constraint;
                    }

                    @Override
                    public Object getValidatedValue() {
                        return null;
                    }

                    @Override
                    public <T> T unwrap(Class<T> type) {
                        throw new jakarta.validation.ValidationException("not supported");
                    }
                }, Locale.FRENCH);
            } catch (RuntimeException e) {
                return template.startsWith("{") ? null : template;
            }
        }
    }
}
