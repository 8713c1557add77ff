package fr.heurecivique.volunteer.volunteers;

import java.time.Instant;

/**
 * A step of the volunteer's history (registered, session booked, paused…), kept for the volunteer's own export and
 * for coordinators. Holds no personal data.
 *
 * @param at   when
 * @param what the step, e.g. {@code SESSION_BOOKED}, {@code PAUSED}, {@code PROFILE_UPDATED}
 */
public record Milestone(Instant at, String what) {
}
