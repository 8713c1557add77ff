package fr.heurecivique.contracts.volunteer;

import java.time.Instant;

/**
 * Where a volunteer stands in onboarding: video presentation session, then phone interview.
 *
 * @param step            {@code SIGNED_UP}, {@code SESSION_BOOKED}, {@code SESSION_ATTENDED},
 *                        {@code INTERVIEW_SCHEDULED}, {@code COMPLETED}; consumers tolerate new values
 * @param sessionId       the video session booked or attended, if any
 * @param sessionStartsAt when that session starts
 * @param interviewAt     when the phone interview is scheduled, if it is
 * @param interviewedAt   when the interview's outcome was recorded, if it was
 */
public record VolunteerOnboarding(String step, String sessionId, Instant sessionStartsAt, Instant interviewAt,
        Instant interviewedAt) {
}
