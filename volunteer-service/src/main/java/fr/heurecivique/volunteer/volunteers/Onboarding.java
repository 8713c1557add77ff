package fr.heurecivique.volunteer.volunteers;

import fr.heurecivique.contracts.volunteer.VolunteerOnboarding;

import java.time.Instant;

/**
 * Where a volunteer stands in onboarding.
 *
 * @param step                   the current step
 * @param sessionId              the video session booked or attended
 * @param sessionStartsAt        when it starts
 * @param sessionDurationMinutes how long it lasts
 * @param videoLink              where to join it
 * @param interviewAt            when the phone interview is scheduled
 * @param interviewedAt          when its outcome was recorded
 */
public record Onboarding(OnboardingStep step, String sessionId, Instant sessionStartsAt,
        Integer sessionDurationMinutes, String videoLink, Instant interviewAt, Instant interviewedAt) {

    static Onboarding signedUp() {
        return new Onboarding(OnboardingStep.SIGNED_UP, null, null, null, null, null, null);
    }

    Onboarding booked(SessionSlot session) {
        return new Onboarding(OnboardingStep.SESSION_BOOKED, session.sessionId(), session.startsAt(),
                session.durationMinutes(), session.videoLink(), null, null);
    }

    Onboarding attended() {
        return new Onboarding(OnboardingStep.SESSION_ATTENDED, sessionId, sessionStartsAt, sessionDurationMinutes,
                videoLink, null, null);
    }

    Onboarding interviewScheduled(Instant at) {
        return new Onboarding(OnboardingStep.INTERVIEW_SCHEDULED, sessionId, sessionStartsAt, sessionDurationMinutes,
                videoLink, at, null);
    }

    Onboarding completed(Instant at) {
        return new Onboarding(OnboardingStep.COMPLETED, sessionId, sessionStartsAt, sessionDurationMinutes, videoLink,
                interviewAt, at);
    }

    VolunteerOnboarding toContract() {
        return new VolunteerOnboarding(step.name(), sessionId, sessionStartsAt, interviewAt, interviewedAt);
    }
}
