package fr.heurecivique.matching.domain.ranking;

import fr.heurecivique.matching.domain.volunteers.Volunteer;

import java.time.Instant;
import java.util.List;

/**
 * One ranked candidate for a need, and why.
 *
 * @param rank              1 for the best
 * @param volunteer         the volunteer
 * @param distanceKm        great-circle distance from their commune centre to the need
 * @param score             out of 100
 * @param minutesThisMonth  minutes given or committed this month
 * @param lastActionAt      when they were last solicited, or became active
 * @param completed         matches they completed
 * @param failed            no-shows and cancellations after accepting
 * @param reasons           why, best reasons first
 */
public record Suggestion(int rank, Volunteer volunteer, double distanceKm, double score, int minutesThisMonth,
        Instant lastActionAt, int completed, int failed, List<Explanation> reasons) {

    /** A reason's code and its French label. */
    public record Explanation(Reason code, String label) {
    }
}
