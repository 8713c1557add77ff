package fr.heurecivique.volunteer.registration;

import fr.heurecivique.defaults.web.FieldProblem;
import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.defaults.web.StateConflictException;
import fr.heurecivique.volunteer.volunteers.Consents;
import fr.heurecivique.volunteer.volunteers.HeardFrom;
import fr.heurecivique.volunteer.volunteers.PhoneNumbers;
import fr.heurecivique.volunteer.volunteers.Volunteer;
import fr.heurecivique.volunteer.volunteers.VolunteerDetails;
import fr.heurecivique.volunteer.volunteers.VolunteerStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Signs citizens up as volunteers. */
@Service
public class Registrations {

    /** The youngest age at which one volunteers on one's own. */
    public static final int MINIMUM_AGE = 16;
    static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private final VolunteerStore volunteers;
    private final Clock clock;

    Registrations(VolunteerStore volunteers, Clock clock) {
        this.volunteers = volunteers;
        this.clock = clock;
    }

    /** Registers a validated request; a second registration with the same email is refused. */
    Volunteer register(RegistrationRequest request) {
        VolunteerDetails details = details(request);
        try {
            return volunteers.insert(Volunteer.register(details, clock.instant()));
        } catch (DuplicateKeyException e) {
            throw emailTaken();
        }
    }

    /** Checks a validated request as {@link #register} does, saving nothing (an import's dry run). */
    void check(RegistrationRequest request) {
        details(request);
    }

    private VolunteerDetails details(RegistrationRequest request) {
        String communeInsee = request.communeInsee().strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (request.postalAddress() != null) {
            request.postalAddress().checkAgainst(communeInsee, "postalAddress").ifPresent(problems::add);
        }
        checkBirthYear(request.birthYear(), clock).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        RegistrationRequest.ConsentsRequest consents = request.consents();
        VolunteerDetails details = new VolunteerDetails(
                request.firstName().strip(),
                request.lastName().strip(),
                normaliseEmail(request.email()),
                PhoneNumbers.mobileE164(request.phone()).orElseThrow(),
                communeInsee,
                request.postalAddress() == null ? null : request.postalAddress().toAddress(),
                request.birthYear(),
                request.heardFrom() == null ? null : HeardFrom.valueOf(request.heardFrom()),
                request.partnerCode() == null || request.partnerCode().isBlank() ? null
                        : request.partnerCode().strip().toUpperCase(Locale.ROOT),
                new Consents(true, Boolean.TRUE.equals(consents.email()), Boolean.TRUE.equals(consents.sms()),
                        Boolean.TRUE.equals(consents.shareWithCommune())));
        return details;
    }

    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public static StateConflictException emailTaken() {
        return new StateConflictException("Une inscription existe déjà avec cette adresse e-mail. "
                + "Si vous avez oublié vos informations, contactez votre commune ou Voisins Solidaires.");
    }

    /** A problem with the year of birth, if it says the volunteer is younger than {@link #MINIMUM_AGE}. */
    public static Optional<FieldProblem> checkBirthYear(Integer birthYear, Clock clock) {
        int thisYear = clock.instant().atZone(FRANCE).getYear();
        if (birthYear != null && birthYear > thisYear - MINIMUM_AGE) {
            return Optional.of(new FieldProblem("birthYear", "doit être une année de naissance plausible : il faut "
                    + "avoir au moins " + MINIMUM_AGE + " ans pour s’inscrire"));
        }
        return Optional.empty();
    }
}
