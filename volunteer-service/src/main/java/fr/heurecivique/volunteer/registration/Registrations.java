package fr.heurecivique.volunteer.registration;

import fr.heurecivique.defaults.outbox.OutboxEvents;
import fr.heurecivique.defaults.web.StateConflictException;
import fr.heurecivique.volunteer.volunteers.Consents;
import fr.heurecivique.volunteer.volunteers.PhoneNumbers;
import fr.heurecivique.volunteer.volunteers.Volunteer;
import fr.heurecivique.volunteer.volunteers.VolunteerDetails;
import fr.heurecivique.volunteer.volunteers.VolunteerRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Locale;

/** Signs citizens up as volunteers. */
@Service
class Registrations {

    private final VolunteerRepository volunteers;
    private final OutboxEvents events;
    private final Clock clock;

    Registrations(VolunteerRepository volunteers, OutboxEvents events, Clock clock) {
        this.volunteers = volunteers;
        this.events = events;
        this.clock = clock;
    }

    /** Registers a validated request; a second registration with the same email is refused. */
    Volunteer register(RegistrationRequest request) {
        RegistrationRequest.ConsentsRequest consents = request.consents();
        VolunteerDetails details = new VolunteerDetails(
                request.firstName().strip(),
                request.lastName().strip(),
                request.email().strip().toLowerCase(Locale.ROOT),
                PhoneNumbers.mobileE164(request.phone()).orElseThrow(),
                request.communeInsee().strip(),
                request.partnerCode() == null || request.partnerCode().isBlank() ? null
                        : request.partnerCode().strip().toUpperCase(Locale.ROOT),
                new Consents(true, Boolean.TRUE.equals(consents.email()), Boolean.TRUE.equals(consents.sms()),
                        Boolean.TRUE.equals(consents.shareWithCommune())));
        try {
            return volunteers.insert(Volunteer.register(details, clock.instant(), events));
        } catch (DuplicateKeyException e) {
            throw new StateConflictException("Une inscription existe déjà avec cette adresse e-mail. "
                    + "Si vous avez oublié vos informations, contactez votre commune ou Voisins Solidaires.");
        }
    }
}
