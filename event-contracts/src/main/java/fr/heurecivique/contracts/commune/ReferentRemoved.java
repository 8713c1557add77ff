package fr.heurecivique.contracts.commune;

import java.time.Instant;

/**
 * A referent is no longer one of the commune's referents ({@code fr.heurecivique.commune.referent-removed.v1}):
 * consumers drop their rights and, once nothing else needs it, their contact details.
 *
 * @param commune    the commune's standing
 * @param referentId the referent's id
 * @param removedAt  when they were removed
 */
public record ReferentRemoved(CommuneState commune, String referentId, Instant removedAt)
        implements CommuneStateEvent {
}
