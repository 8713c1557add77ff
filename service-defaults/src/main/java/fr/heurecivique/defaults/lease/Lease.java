package fr.heurecivique.defaults.lease;

import java.time.Instant;

/**
 * A lease held on a MongoDB document ({@code {owner, until}}, under the field a {@link LeaseClaims} names): the
 * document is reserved to {@code owner} until {@code until}, after which another instance may claim it.
 *
 * @param owner the instance that holds it ({@link LeaseClaims#owner()})
 * @param until when it expires if not released
 */
public record Lease(String owner, Instant until) {
}
