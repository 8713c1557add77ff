package fr.heurecivique.contracts.match;

/**
 * A match event: every one carries the match's whole state and its need's summary, so that a consumer handles them
 * alike (keep the newest state of each match, follow the need's {@code full}/{@code done}).
 */
public interface MatchEvent {

    MatchState match();

    MatchNeed need();
}
