package fr.heurecivique.contracts.volunteer;

/**
 * A volunteer event that carries the volunteer's whole current state (every event of {@code volunteer.events}
 * except VolunteerErased and the tombstone that follows it). Consumers that keep a view of volunteers handle all of them alike: store the state if it
 * is newer than what they hold.
 */
public interface VolunteerStateEvent {

    VolunteerState volunteer();
}
