package fr.heurecivique.contracts.match;

/** The volunteer accepted ({@code fr.heurecivique.match.accepted.v1}); status {@code ACCEPTED}. When this filled the need, {@code need.full} is true and MatchWithdrawn follows for the other proposals. */
public record MatchAccepted(MatchState match, MatchNeed need) implements MatchEvent {
}
