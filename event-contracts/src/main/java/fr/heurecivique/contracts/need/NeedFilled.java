package fr.heurecivique.contracts.need;

/**
 * Enough volunteers accepted the need ({@code fr.heurecivique.need.filled.v1}), as matching-service reported on
 * {@code match.events}: status {@code IN_PROGRESS}.
 */
public record NeedFilled(NeedState need) implements NeedStateEvent {
}
