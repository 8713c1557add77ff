package fr.heurecivique.volunteer.profile;

import fr.heurecivique.defaults.web.FieldProblem;
import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.volunteer.volunteers.VolunteerView;
import jakarta.validation.Validator;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Self-service profile: the volunteer (or a coordinator on their behalf) changes their details, consents or
 * perimeter. The body is a JSON merge patch, read as a tree first so that an explicit {@code null} (remove) can be
 * told from an absent field (keep).
 */
@RestController
class ProfileController {

    private final Profiles profiles;
    private final JsonMapper json;
    private final Validator validator;

    ProfileController(Profiles profiles, JsonMapper json, Validator validator) {
        this.profiles = profiles;
        this.json = json;
        this.validator = validator;
    }

    @PatchMapping(path = "/api/volunteers/{id}", consumes = { "application/merge-patch+json", "application/json" })
    VolunteerView update(@PathVariable String id, @RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidFieldsException("body", "doit être un objet JSON");
        }
        ProfileUpdateRequest request = read(body);
        List<FieldProblem> problems = validator.validate(request).stream()
                .map(violation -> new FieldProblem(
                        violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""), violation.getMessage()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return VolunteerView.of(profiles.update(id, request, explicitNull(body, "postalAddress"),
                explicitNull(body, "birthYear")));
    }

    private ProfileUpdateRequest read(JsonNode body) {
        try {
            return json.treeToValue(body, ProfileUpdateRequest.class);
        } catch (JacksonException e) {
            String field = e.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw new InvalidFieldsException(field.isEmpty() ? "body" : field, "valeur invalide ou d’un type inattendu");
        }
    }

    private static boolean explicitNull(JsonNode body, String field) {
        return body.has(field) && body.get(field).isNull();
    }

}
