package fr.heurecivique.contracts.commune;

/**
 * A commune's standing in the scheme, carried by every commune event.
 *
 * @param inseeCode         the commune's INSEE code (also the record key)
 * @param version           the aggregate version; consumers ignore a state older than the one they hold
 * @param name              the commune's official name
 * @param partnershipStatus {@code NONE}, {@code REQUESTED}, {@code CONTACTED}, {@code PARTNER}, {@code SUSPENDED};
 *                          consumers tolerate new values
 */
public record CommuneState(String inseeCode, long version, String name, String partnershipStatus) {
}
