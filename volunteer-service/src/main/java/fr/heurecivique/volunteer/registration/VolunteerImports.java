package fr.heurecivique.volunteer.registration;

import fr.heurecivique.defaults.web.FieldProblem;
import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.defaults.web.StateConflictException;
import fr.heurecivique.volunteer.volunteers.Volunteer;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports volunteers from a spreadsheet through the sign-up's rules: each row is checked with
 * {@link RegistrationRequest}'s constraints and registered by {@link Registrations#register} (same normalisation,
 * same checks, same {@code VolunteerRegistered} event). Idempotent by email address, the volunteers' natural key.
 */
@Service
class VolunteerImports {

    private static final Logger log = LoggerFactory.getLogger(VolunteerImports.class);

    private final Registrations registrations;
    private final MongoTemplate mongo;
    private final Validator validator;

    VolunteerImports(Registrations registrations, MongoTemplate mongo, Validator validator) {
        this.registrations = registrations;
        this.mongo = mongo;
        this.validator = validator;
    }

    ImportReport apply(ImportRequest request) {
        Map<String, String> present = presentByEmail(request.rows());
        Set<String> seen = new HashSet<>();
        List<ImportReport.Line> lines = new ArrayList<>(request.rows().size());
        for (ImportRequest.Row row : request.rows()) {
            lines.add(line(row, request.dryRun(), present, seen));
        }
        ImportReport report = ImportReport.of(request.dryRun(), lines);
        log.info("Volunteer import{}: {} created, {} already present, {} invalid", request.dryRun() ? " (dry run)" : "",
                report.created(), report.alreadyPresent(), report.invalid());
        return report;
    }

    private ImportReport.Line line(ImportRequest.Row row, boolean dryRun, Map<String, String> present,
            Set<String> seen) {
        RegistrationRequest registration = row.toRegistration();
        List<FieldProblem> problems = validator.validate(registration).stream()
                .sorted(Comparator.comparing((ConstraintViolation<RegistrationRequest> v) -> v.getPropertyPath()
                        .toString()))
                .map(violation -> new FieldProblem(field(violation.getPropertyPath().toString()),
                        violation.getMessage()))
                .toList();
        if (!problems.isEmpty()) {
            return new ImportReport.Line(row.line(), ImportReport.Outcome.INVALID, null, problems);
        }
        String email = Registrations.normaliseEmail(row.email());
        if (present.containsKey(email)) {
            return new ImportReport.Line(row.line(), ImportReport.Outcome.ALREADY_PRESENT, present.get(email),
                    List.of());
        }
        if (!seen.add(email)) {
            return new ImportReport.Line(row.line(), ImportReport.Outcome.INVALID, null,
                    List.of(new FieldProblem("email", "figure déjà sur une autre ligne du fichier")));
        }
        try {
            if (dryRun) {
                registrations.check(registration);
                return new ImportReport.Line(row.line(), ImportReport.Outcome.CREATED, null, List.of());
            }
            Volunteer volunteer = registrations.register(registration);
            return new ImportReport.Line(row.line(), ImportReport.Outcome.CREATED, volunteer.id(), List.of());
        } catch (InvalidFieldsException e) {
            return new ImportReport.Line(row.line(), ImportReport.Outcome.INVALID, null,
                    e.problems().stream().map(p -> new FieldProblem(field(p.field()), p.message())).toList());
        } catch (StateConflictException e) {
            // registered in between by someone else (the unique index): present now
            return new ImportReport.Line(row.line(), ImportReport.Outcome.ALREADY_PRESENT, null, List.of());
        }
    }

    /** The rows' addresses that already have a volunteer, with the volunteer's id: one query per batch. */
    private Map<String, String> presentByEmail(List<ImportRequest.Row> rows) {
        List<String> emails = rows.stream().map(ImportRequest.Row::email).filter(email -> email != null
                && !email.isBlank()).map(Registrations::normaliseEmail).distinct().toList();
        Map<String, String> present = new HashMap<>();
        Query query = Query.query(Criteria.where("email").in(emails));
        query.fields().include("email");
        for (Document document : mongo.find(query, Document.class, "volunteers")) {
            present.put(document.getString("email"), String.valueOf(document.get("_id")));
        }
        return present;
    }

    /** A field of the sign-up as the import's row names it. */
    private static String field(String path) {
        return switch (path) {
            case "consents.email" -> "emailContact";
            case "consents.sms" -> "smsContact";
            case "consents.shareWithCommune" -> "shareWithCommune";
            default -> path;
        };
    }
}
