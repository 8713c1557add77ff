package fr.heurecivique.contracts.commune;

import java.time.Instant;

/**
 * One step of a commune's partnership, as kept in its history.
 *
 * @param from       the status before
 * @param to         the status after
 * @param at         when it was recorded
 * @param recordedBy who recorded it (a coordinator's name)
 * @param note       the coordinator's note, if any
 */
public record PartnershipTransition(String from, String to, Instant at, String recordedBy, String note) {
}
