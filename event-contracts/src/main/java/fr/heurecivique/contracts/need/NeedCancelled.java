package fr.heurecivique.contracts.need;

/**
 * A need was cancelled ({@code fr.heurecivique.need.cancelled.v1}); status {@code CANCELLED}, with its reason code.
 * Matching stops suggesting volunteers for it and cancels its pending matches.
 */
public record NeedCancelled(NeedState need) implements NeedStateEvent {
}
