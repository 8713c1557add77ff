package fr.heurecivique.contracts.volunteer;

/** The volunteer was interviewed: the perimeter of action is set and the volunteer is {@code ACTIVE} ({@code fr.heurecivique.volunteer.interviewed.v1}). */
public record VolunteerInterviewed(VolunteerState volunteer) implements VolunteerStateEvent {
}
