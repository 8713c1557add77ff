package fr.heurecivique.volunteer.search;

import fr.heurecivique.defaults.audit.PersonalDataAudit;
import fr.heurecivique.defaults.web.FieldProblem;
import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.volunteer.volunteers.CharenteMaritimeCommune;
import fr.heurecivique.volunteer.volunteers.OnboardingStep;
import fr.heurecivique.volunteer.volunteers.Volunteer;
import fr.heurecivique.volunteer.volunteers.VolunteerStatus;
import fr.heurecivique.volunteer.volunteers.VolunteerView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The coordinators' search across the département (the web client's desk): volunteers by status, commune,
 * onboarding step and partner organisation, each filter optional. Names and where they stand only — a volunteer's
 * contact details are on their record ({@code GET /api/volunteers/{id}}). Every search is audited
 * ({@code VOLUNTEERS_SEARCHED}: the commune searched, or {@code *}).
 */
@RestController
class VolunteerSearchController {

    private final MongoTemplate mongo;
    private final PersonalDataAudit audit;

    VolunteerSearchController(MongoTemplate mongo, PersonalDataAudit audit) {
        this.mongo = mongo;
        this.audit = audit;
    }

    /** A volunteer found: who, where, where they stand. */
    record Found(String volunteerId, String firstName, String lastName, VolunteerStatus status,
            OnboardingStep onboardingStep, String communeInsee, String communeName, String partnerCode,
            Instant registeredAt, Instant sessionStartsAt, Instant interviewAt) {

        static Found of(Volunteer volunteer) {
            return new Found(volunteer.id(), volunteer.firstName(), volunteer.lastName(), volunteer.status(),
                    volunteer.onboarding().step(), volunteer.communeInsee(),
                    VolunteerView.communeName(volunteer.communeInsee()), volunteer.partnerCode(),
                    volunteer.registeredAt(), volunteer.onboarding().sessionStartsAt(),
                    volunteer.onboarding().interviewAt());
        }
    }

    record SearchPage(int page, int size, long totalElements, int totalPages, List<Found> volunteers) {
    }

    @GetMapping("/api/volunteers/search")
    SearchPage search(@RequestParam(required = false) String status,
            @RequestParam(required = false) @CharenteMaritimeCommune String commune,
            @RequestParam(required = false) String step,
            @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9_-]{1,40}",
                    message = "doit être un code de partenaire, par exemple MUTUALIA") String partner,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        List<FieldProblem> problems = new ArrayList<>();
        Criteria criteria = Criteria.where("status").ne(VolunteerStatus.ERASED);
        if (status != null && !status.isBlank()) {
            VolunteerStatus parsed = parse(VolunteerStatus.class, status);
            if (parsed == null || parsed == VolunteerStatus.ERASED) {
                problems.add(new FieldProblem("status", "doit être l’une des valeurs : REGISTERED, ACTIVE, PAUSED, "
                        + "WITHDRAWN"));
            } else {
                criteria = Criteria.where("status").is(parsed);
            }
        }
        if (step != null && !step.isBlank()) {
            OnboardingStep parsed = parse(OnboardingStep.class, step);
            if (parsed == null) {
                problems.add(new FieldProblem("step", "doit être l’une des valeurs : " + Arrays.stream(
                        OnboardingStep.values()).map(Enum::name).collect(Collectors.joining(", "))));
            } else {
                criteria = criteria.and("onboarding.step").is(parsed);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        boolean oneCommune = commune != null && !commune.isBlank();
        if (oneCommune) {
            criteria = criteria.and("communeInsee").is(commune.strip());
        }
        if (partner != null && !partner.isBlank()) {
            criteria = criteria.and("partnerCode").is(partner.strip().toUpperCase(Locale.ROOT));
        }
        audit.staffAccess("VOLUNTEERS_SEARCHED", "VOLUNTEER_SEARCH", oneCommune ? commune.strip() : "*");
        Query query = Query.query(criteria);
        long total = mongo.count(query, Volunteer.class);
        List<Found> found = mongo.find(query.with(Sort.by("lastName", "firstName", "_id"))
                .skip((long) page * size).limit(size), Volunteer.class).stream().map(Found::of).toList();
        return new SearchPage(page, size, total, (int) ((total + size - 1) / size), found);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(code.strip()))
                .findFirst().orElse(null);
    }
}
