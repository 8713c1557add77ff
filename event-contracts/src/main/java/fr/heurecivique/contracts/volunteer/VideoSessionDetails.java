package fr.heurecivique.contracts.volunteer;

import java.time.Instant;

/**
 * A video presentation session, as a volunteer's booking or attendance event carries it (for the reminder with the
 * link, for instance).
 *
 * @param sessionId       the session's id
 * @param startsAt        when it starts
 * @param durationMinutes how long it lasts
 * @param videoLink       where to join it
 */
public record VideoSessionDetails(String sessionId, Instant startsAt, int durationMinutes, String videoLink) {
}
