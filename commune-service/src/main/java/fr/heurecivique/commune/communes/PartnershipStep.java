package fr.heurecivique.commune.communes;

import fr.heurecivique.contracts.commune.PartnershipTransition;

import java.time.Instant;

/**
 * One step of a commune's partnership, kept in its history: from which status to which, when, who recorded it and
 * their note.
 */
public record PartnershipStep(PartnershipStatus from, PartnershipStatus to, Instant at, String recordedBy,
        String note) {

    PartnershipTransition toContract() {
        return new PartnershipTransition(from.name(), to.name(), at, recordedBy, note);
    }
}
