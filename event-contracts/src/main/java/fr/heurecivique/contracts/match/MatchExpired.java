package fr.heurecivique.contracts.match;

/** A proposal was left unanswered until {@code expiresAt} ({@code fr.heurecivique.match.expired.v1}); status {@code EXPIRED}. */
public record MatchExpired(MatchState match, MatchNeed need) implements MatchEvent {
}
