package fr.heurecivique.web.space;

import java.util.List;

/**
 * Where a volunteer stands and what comes next, from their status and onboarding step: the heart of the space's
 * first page. The steps are the scheme's: sign-up, video presentation, phone interview, missions.
 *
 * @param current  the index of the current step in {@link #STEPS} (1 to 3: signing up is done once signed in)
 * @param next     what to do or expect now, one of {@link Next}
 */
public record Journey(int current, Next next) {

    static final List<String> STEPS = List.of("Inscription", "Visio de présentation", "Entretien téléphonique",
            "Missions");

    public enum Next {
        /** Book a video presentation session. */
        BOOK_SESSION,
        /** Attend the booked session (or move it). */
        ATTEND_SESSION,
        /** Wait for the coordinator's call to set up the interview. */
        AWAIT_INTERVIEW_APPOINTMENT,
        /** The interview is scheduled. */
        INTERVIEW,
        /** Interviewed: answer proposals, give hours. */
        HELP,
        /** Paused: resume when ready. */
        RESUME,
        /** Left the scheme. */
        WITHDRAWN
    }

    static Journey of(SpaceApi.Volunteer volunteer) {
        String step = volunteer.onboarding() == null ? "SIGNED_UP" : volunteer.onboarding().step();
        int current = switch (step) {
            case "SESSION_BOOKED" -> 1;
            case "SESSION_ATTENDED", "INTERVIEW_SCHEDULED" -> 2;
            case "COMPLETED" -> 3;
            default -> 1;
        };
        if ("WITHDRAWN".equals(volunteer.status())) {
            return new Journey(current, Next.WITHDRAWN);
        }
        if ("PAUSED".equals(volunteer.status())) {
            return new Journey(current, Next.RESUME);
        }
        Next next = switch (step) {
            case "SESSION_BOOKED" -> Next.ATTEND_SESSION;
            case "SESSION_ATTENDED" -> Next.AWAIT_INTERVIEW_APPOINTMENT;
            case "INTERVIEW_SCHEDULED" -> Next.INTERVIEW;
            case "COMPLETED" -> Next.HELP;
            default -> Next.BOOK_SESSION;
        };
        return new Journey(current, next);
    }

    /** Whether the volunteer may book a session or move their booking now. */
    public boolean mayBook() {
        return next == Next.BOOK_SESSION || next == Next.ATTEND_SESSION;
    }

    public List<String> steps() {
        return STEPS;
    }
}
