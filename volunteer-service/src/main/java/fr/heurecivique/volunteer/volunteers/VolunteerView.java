package fr.heurecivique.volunteer.volunteers;

import fr.heurecivique.referencedata.CharenteMaritimeCommunes;
import fr.heurecivique.referencedata.Commune;

import java.time.Instant;

/** A volunteer as the API shows it. */
public record VolunteerView(String id, VolunteerStatus status, String firstName, String lastName, String email,
        String phone, String communeInsee, String communeName, String partnerCode, Consents consents,
        Instant registeredAt) {

    public static VolunteerView of(Volunteer volunteer) {
        String communeName = CharenteMaritimeCommunes.get().find(volunteer.communeInsee()).map(Commune::name)
                .orElse(null);
        return new VolunteerView(volunteer.id(), volunteer.status(), volunteer.firstName(), volunteer.lastName(),
                volunteer.email(), volunteer.phone(), volunteer.communeInsee(), communeName, volunteer.partnerCode(),
                volunteer.consents(), volunteer.registeredAt());
    }
}
