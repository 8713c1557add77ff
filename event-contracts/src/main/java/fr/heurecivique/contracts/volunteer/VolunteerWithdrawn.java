package fr.heurecivique.contracts.volunteer;

/** The volunteer left the scheme: {@code WITHDRAWN} ({@code fr.heurecivique.volunteer.withdrawn.v1}). */
public record VolunteerWithdrawn(VolunteerState volunteer) implements VolunteerStateEvent {
}
