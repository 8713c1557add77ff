package fr.heurecivique.contracts.need;

/**
 * A need in progress lost an accepted volunteer (a cancellation) before it was done
 * ({@code fr.heurecivique.need.reopened.v1}): status {@code OPEN} again, so that another volunteer can be proposed.
 */
public record NeedReopened(NeedState need) implements NeedStateEvent {
}
