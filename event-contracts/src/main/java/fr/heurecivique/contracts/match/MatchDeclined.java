package fr.heurecivique.contracts.match;

/** The volunteer declined ({@code fr.heurecivique.match.declined.v1}); status {@code DECLINED}, with a reason code. */
public record MatchDeclined(MatchState match, MatchNeed need) implements MatchEvent {
}
