package fr.heurecivique.contracts.volunteer;

/**
 * A volunteer event that carries the volunteer's whole current state (every event of {@code volunteer.events}
 * except the tombstone). Consumers that keep a view of volunteers handle all of them alike: store the state if it
 * is newer than what they hold.
 */
public interface VolunteerStateEvent {

    VolunteerState volunteer();
}
