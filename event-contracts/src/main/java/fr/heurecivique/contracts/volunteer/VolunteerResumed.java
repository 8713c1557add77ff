package fr.heurecivique.contracts.volunteer;

/** The volunteer is back from a break: {@code ACTIVE} again ({@code fr.heurecivique.volunteer.resumed.v1}). */
public record VolunteerResumed(VolunteerState volunteer) implements VolunteerStateEvent {
}
