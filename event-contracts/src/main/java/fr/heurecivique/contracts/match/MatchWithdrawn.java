package fr.heurecivique.contracts.match;

/** A pending proposal was withdrawn because enough volunteers accepted the need ({@code fr.heurecivique.match.withdrawn.v1}); status {@code WITHDRAWN}, reason {@code NEED_FULL}: the volunteer is told it is no longer needed. */
public record MatchWithdrawn(MatchState match, MatchNeed need) implements MatchEvent {
}
