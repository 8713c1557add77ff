package fr.heurecivique.contracts.match;

/** The referent recorded that the volunteer did not come ({@code fr.heurecivique.match.no-show.v1}); status {@code NO_SHOW}. */
public record MatchNoShow(MatchState match, MatchNeed need) implements MatchEvent {
}
