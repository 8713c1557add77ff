package fr.heurecivique.volunteer.volunteers;

import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import fr.heurecivique.referencedata.CharenteMaritimeCommunes;
import fr.heurecivique.referencedata.Commune;

import java.time.Instant;
import java.util.List;

/** A volunteer as the API shows it to the volunteer themselves and to coordinators. */
public record VolunteerView(String id, VolunteerStatus status, String firstName, String lastName, String email,
        String phone, String communeInsee, String communeName, PostalAddress postalAddress, Integer birthYear,
        HeardFrom heardFrom, String partnerCode, Consents consents, Instant registeredAt, OnboardingView onboarding,
        PerimeterView perimeter, Instant updatedAt) {

    public static VolunteerView of(Volunteer volunteer) {
        return new VolunteerView(volunteer.id(), volunteer.status(), volunteer.firstName(), volunteer.lastName(),
                volunteer.email(), volunteer.phone(), volunteer.communeInsee(), communeName(volunteer.communeInsee()),
                volunteer.postalAddress(), volunteer.birthYear(), volunteer.heardFrom(), volunteer.partnerCode(),
                volunteer.consents(), volunteer.registeredAt(), OnboardingView.of(volunteer.onboarding()),
                PerimeterView.of(volunteer.perimeter()), volunteer.updatedAt());
    }

    public static String communeName(String inseeCode) {
        return CharenteMaritimeCommunes.get().find(inseeCode).map(Commune::name).orElse(null);
    }

    /**
     * @param step          the onboarding step
     * @param session       the video session booked or attended, if any
     * @param interviewAt   when the phone interview is scheduled
     * @param interviewedAt when it took place
     */
    public record OnboardingView(OnboardingStep step, SessionView session, Instant interviewAt,
            Instant interviewedAt) {

        static OnboardingView of(Onboarding onboarding) {
            return new OnboardingView(onboarding.step(), onboarding.sessionId() == null ? null
                    : new SessionView(onboarding.sessionId(), onboarding.sessionStartsAt(),
                            onboarding.sessionDurationMinutes(), onboarding.videoLink()),
                    onboarding.interviewAt(), onboarding.interviewedAt());
        }
    }

    public record SessionView(String id, Instant startsAt, Integer durationMinutes, String videoLink) {
    }

    public record PerimeterView(List<Mode> modes, int maxDistanceKm, List<KindOfHelp> kindsOfHelp,
            List<WeeklySlot> availability, int monthlyPledgeHours) {

        public static PerimeterView of(Perimeter perimeter) {
            return perimeter == null ? null : new PerimeterView(perimeter.sortedModes(), perimeter.maxDistanceKm(),
                    perimeter.sortedKindsOfHelp(), perimeter.sortedAvailability(), perimeter.monthlyPledgeHours());
        }
    }
}
