package fr.heurecivique.volunteer.volunteers;

import fr.heurecivique.contracts.volunteer.VideoSessionDetails;

import java.time.Instant;

/**
 * A video presentation session as the volunteer's onboarding sees it.
 *
 * @param sessionId       its id
 * @param startsAt        when it starts
 * @param durationMinutes how long it lasts
 * @param videoLink       where to join it
 */
public record SessionSlot(String sessionId, Instant startsAt, int durationMinutes, String videoLink) {

    VideoSessionDetails toContract() {
        return new VideoSessionDetails(sessionId, startsAt, durationMinutes, videoLink);
    }
}
