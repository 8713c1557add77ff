package fr.heurecivique.contracts.match;

/** A proposed or accepted match was cancelled ({@code fr.heurecivique.match.cancelled.v1}) by the volunteer, the referent, or the platform (the need was cancelled or expired, the volunteer withdrew, paused, moved or was erased); status {@code CANCELLED}; {@code match.previousStatus} says whether it had been accepted. */
public record MatchCancelled(MatchState match, MatchNeed need) implements MatchEvent {

    /** Whether the match had been accepted: somebody was told that the volunteer would come (absent = proposed). */
    public boolean wasAccepted() {
        return "ACCEPTED".equals(match.previousStatus());
    }
}
