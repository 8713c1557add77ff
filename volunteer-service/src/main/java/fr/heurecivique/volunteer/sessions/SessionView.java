package fr.heurecivique.volunteer.sessions;

import java.time.Instant;

/**
 * A video presentation session as volunteers choose one: no link (it comes with the booking), no participants.
 *
 * @param seatsLeft how many seats are still free
 */
record SessionView(String id, String title, Instant startsAt, int durationMinutes, Instant endsAt, int capacity,
        int seatsLeft) {

    static SessionView of(VideoSession session) {
        return new SessionView(session.id(), session.title(), session.startsAt(), session.durationMinutes(),
                session.startsAt().plusSeconds(60L * session.durationMinutes()), session.capacity(),
                session.seatsLeft());
    }
}
