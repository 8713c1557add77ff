package fr.heurecivique.volunteer.roster;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import fr.heurecivique.volunteer.volunteers.Mode;
import fr.heurecivique.volunteer.volunteers.OnboardingStep;
import fr.heurecivique.volunteer.volunteers.Perimeter;
import fr.heurecivique.volunteer.volunteers.PostalAddress;
import fr.heurecivique.volunteer.volunteers.Volunteer;
import fr.heurecivique.volunteer.volunteers.VolunteerStatus;
import fr.heurecivique.volunteer.volunteers.WeeklySlot;

import java.time.Instant;
import java.util.List;

/**
 * A line of a commune's roster, as the town hall receives it: who the volunteer is, where they stand and what they
 * offer; their contact details only if they agreed to share them with their commune ({@code contactShared}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RosterEntry(String volunteerId, String firstName, String lastName, VolunteerStatus status,
        OnboardingStep onboardingStep, Instant registeredAt, List<Mode> modes, List<KindOfHelp> kindsOfHelp,
        Integer maxDistanceKm, List<WeeklySlot> availability, Integer monthlyPledgeHours, boolean contactShared,
        String email, String phone, PostalAddress postalAddress) {

    static RosterEntry of(Volunteer volunteer) {
        Perimeter perimeter = volunteer.perimeter();
        boolean shared = volunteer.consents().shareWithCommune();
        return new RosterEntry(volunteer.id(), volunteer.firstName(), volunteer.lastName(), volunteer.status(),
                volunteer.onboarding().step(), volunteer.registeredAt(),
                perimeter == null ? List.of() : perimeter.sortedModes(),
                perimeter == null ? List.of() : perimeter.sortedKindsOfHelp(),
                perimeter == null ? null : perimeter.maxDistanceKm(),
                perimeter == null ? List.of() : perimeter.sortedAvailability(),
                perimeter == null ? null : perimeter.monthlyPledgeHours(),
                shared,
                shared ? volunteer.email() : null,
                shared ? volunteer.phone() : null,
                shared ? volunteer.postalAddress() : null);
    }
}
