package fr.heurecivique.contracts.volunteer;

/** The volunteer has a phone interview scheduled (or rescheduled); the time is in {@code onboarding.interviewAt} ({@code fr.heurecivique.volunteer.interview-scheduled.v1}). */
public record VolunteerInterviewScheduled(VolunteerState volunteer) implements VolunteerStateEvent {
}
