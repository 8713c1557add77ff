package fr.heurecivique.contracts.match;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A match's current state (mise en relation: a volunteer put in touch with a need), carried by every match event.
 * Holds no contact details: a service that writes to the volunteer or the referent finds them by id.
 *
 * @param matchId            the match's id
 * @param version            the match's own version: 0 when proposed, one more at each transition; consumers ignore
 *                           a state older than the one they hold
 * @param needId             the need (also the record key of every match event)
 * @param volunteerId        the volunteer; {@code null} once the volunteer was erased (the match is anonymised)
 * @param status             {@code PROPOSED}, {@code ACCEPTED}, {@code DECLINED}, {@code EXPIRED}, {@code WITHDRAWN},
 *                           {@code CANCELLED}, {@code COMPLETED}, {@code NO_SHOW}; consumers tolerate new values
 * @param proposedBy         who proposed it: the commune-service referent the request names, else the caller's account
 * @param proposedAt         when it was proposed
 * @param expiresAt          when an unanswered proposal expires (also when a signed answer link stops working)
 * @param distanceKm         great-circle distance between the volunteer's commune centre and the need, in km
 * @param respondedAt        when the volunteer accepted or declined
 * @param declineReason      why the volunteer declined (a code: {@code NOT_AVAILABLE}, {@code TOO_FAR},
 *                           {@code NOT_SUITABLE}, {@code PERSONAL}, {@code OTHER}); a free note stays in matching
 * @param completedAt        when it was recorded as completed or as a no-show
 * @param actualMinutes      the minutes actually given, once completed
 * @param cancelledBy        {@code VOLUNTEER}, {@code REFERENT} or {@code SYSTEM}, once cancelled
 * @param cancellationReason why it was cancelled or withdrawn (a code, e.g. {@code NEED_CANCELLED},
 *                           {@code NEED_EXPIRED}, {@code NEED_FULL}, {@code VOLUNTEER_ERASED},
 *                           {@code VOLUNTEER_WITHDRAWN}, {@code VOLUNTEER_PAUSED}, {@code VOLUNTEER_MOVED}, {@code NO_LONGER_AVAILABLE}, {@code OTHER})
 * @param updatedAt          when it last changed
 * @param occurrence         the date of the occurrence the volunteer is proposed for (a weekly need has one per
 *                           matching day; the same volunteer may have a match for several); added within v1, absent
 *                           from older events and for a need without a schedule
 * @param previousStatus     what a cancelled or withdrawn match was before ({@code PROPOSED} or {@code ACCEPTED}):
 *                           whether a mission had been promised (added within v1)
 * @param sameCommune        true when the volunteer lives in the need's commune and both are placed at its centre:
 *                           {@code distanceKm} (then 0) is no real distance — say "dans votre commune" (added within
 *                           v1)
 */
public record MatchState(
        String matchId,
        long version,
        String needId,
        String volunteerId,
        String status,
        String proposedBy,
        Instant proposedAt,
        Instant expiresAt,
        Double distanceKm,
        Instant respondedAt,
        String declineReason,
        Instant completedAt,
        Integer actualMinutes,
        String cancelledBy,
        String cancellationReason,
        Instant updatedAt,
        LocalDate occurrence,
        String previousStatus,
        Boolean sameCommune) {

    /** A state without an occurrence (as before the field existed). */
    public MatchState(String matchId, long version, String needId, String volunteerId, String status,
            String proposedBy, Instant proposedAt, Instant expiresAt, Double distanceKm, Instant respondedAt,
            String declineReason, Instant completedAt, Integer actualMinutes, String cancelledBy,
            String cancellationReason, Instant updatedAt) {
        this(matchId, version, needId, volunteerId, status, proposedBy, proposedAt, expiresAt, distanceKm,
                respondedAt, declineReason, completedAt, actualMinutes, cancelledBy, cancellationReason, updatedAt,
                null, null, null);
    }
}
