package fr.heurecivique.contracts.need;

/**
 * The need is done ({@code fr.heurecivique.need.closed.v1}): its volunteers' help was recorded as given and none is
 * still expected, as matching-service reported on {@code match.events}; status {@code DONE}.
 */
public record NeedClosed(NeedState need) implements NeedStateEvent {
}
