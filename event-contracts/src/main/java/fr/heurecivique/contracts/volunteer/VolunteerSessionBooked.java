package fr.heurecivique.contracts.volunteer;

/** The volunteer booked a video presentation session (a rebooking too) ({@code fr.heurecivique.volunteer.session-booked.v1}). */
public record VolunteerSessionBooked(VolunteerState volunteer, VideoSessionDetails session) implements VolunteerStateEvent {
}
