package fr.heurecivique.contracts.volunteer;

/** The volunteer attended their video presentation session (marked by a coordinator) ({@code fr.heurecivique.volunteer.session-attended.v1}). */
public record VolunteerSessionAttended(VolunteerState volunteer, VideoSessionDetails session) implements VolunteerStateEvent {
}
