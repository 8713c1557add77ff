package fr.heurecivique.volunteer.sessions;

import java.time.Instant;
import java.util.List;

/** A video presentation session as coordinators run it: with its link and its participants. */
record SessionDetailsView(String id, String title, Instant startsAt, int durationMinutes, String videoLink,
        int capacity, int seatsLeft, List<Participant> participants) {

    /**
     * A volunteer who booked or attended the session.
     *
     * @param volunteerId the volunteer's id
     * @param firstName   first name
     * @param lastName    last name
     * @param present     whether a coordinator marked them present
     */
    record Participant(String volunteerId, String firstName, String lastName, boolean present) {
    }
}
