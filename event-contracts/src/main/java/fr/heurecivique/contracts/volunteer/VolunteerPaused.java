package fr.heurecivique.contracts.volunteer;

/** The volunteer takes a break (holidays, health): {@code PAUSED}, not to be put in touch until they resume ({@code fr.heurecivique.volunteer.paused.v1}). */
public record VolunteerPaused(VolunteerState volunteer) implements VolunteerStateEvent {
}
