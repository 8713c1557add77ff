package fr.heurecivique.contracts.volunteer;

/** A citizen registered as a volunteer ({@code fr.heurecivique.volunteer.registered.v1}). */
public record VolunteerRegistered(VolunteerState volunteer) implements VolunteerStateEvent {
}
