package fr.heurecivique.contracts.match;

/**
 * A proposed or accepted match was cancelled ({@code fr.heurecivique.match.cancelled.v1}) by the volunteer, the
 * referent, or the platform (the need was cancelled or expired, the volunteer paused, moved, withdrew or was erased);
 * status {@code CANCELLED}.
 *
 * @param previousStatus the status the match had before ({@code PROPOSED} or {@code ACCEPTED}): an accepted mission
 *                       cancelled is told to the person helped, a pending proposal is not; optional — consumers treat
 *                       its absence as {@code PROPOSED}
 */
public record MatchCancelled(MatchState match, MatchNeed need, String previousStatus) implements MatchEvent {

    /** A cancellation that does not say what the match was before (read as a pending proposal). */
    public MatchCancelled(MatchState match, MatchNeed need) {
        this(match, need, null);
    }

    /** Whether the match had been accepted: somebody was told that the volunteer would come. */
    public boolean wasAccepted() {
        return "ACCEPTED".equals(previousStatus);
    }
}
