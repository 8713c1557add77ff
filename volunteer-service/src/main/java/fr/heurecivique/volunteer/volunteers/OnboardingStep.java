package fr.heurecivique.volunteer.volunteers;

/** The steps of onboarding, in order: video presentation session, then phone interview. */
public enum OnboardingStep {
    /** Signed up, no session booked yet (or the booking was released). */
    SIGNED_UP,
    /** A video presentation session is booked. */
    SESSION_BOOKED,
    /** Attended the video presentation session. */
    SESSION_ATTENDED,
    /** The phone interview is scheduled. */
    INTERVIEW_SCHEDULED,
    /** Interviewed: the perimeter of action is set. */
    COMPLETED
}
