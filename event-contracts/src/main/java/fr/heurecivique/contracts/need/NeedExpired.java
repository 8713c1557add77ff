package fr.heurecivique.contracts.need;

/**
 * A need's last date passed while it was still open, with no volunteer matched ({@code
 * fr.heurecivique.need.expired.v1}); status {@code EXPIRED}.
 */
public record NeedExpired(NeedState need) implements NeedStateEvent {
}
