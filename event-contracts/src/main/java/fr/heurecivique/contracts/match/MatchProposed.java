package fr.heurecivique.contracts.match;

/** A referent proposed a volunteer for a need ({@code fr.heurecivique.match.proposed.v1}); status {@code PROPOSED}: the volunteer is asked, and answers before {@code expiresAt}. */
public record MatchProposed(MatchState match, MatchNeed need) implements MatchEvent {
}
