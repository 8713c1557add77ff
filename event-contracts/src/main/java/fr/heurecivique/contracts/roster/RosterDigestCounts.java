package fr.heurecivique.contracts.roster;

/**
 * The totals of a roster digest, named volunteers or not.
 *
 * @param joined     volunteers who joined the roster since the previous digest
 * @param changed    volunteers whose roster line changed
 * @param left       volunteers who left (withdrew, moved away, or erased their data)
 * @param volunteers volunteers on the roster now
 * @param active     of whom {@code ACTIVE}
 */
public record RosterDigestCounts(int joined, int changed, int left, int volunteers, int active) {
}
