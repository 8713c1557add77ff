package fr.heurecivique.contracts.commune;

import java.time.Instant;

/**
 * A commune asked to become a partner ("devenez commune partenaire") ({@code
 * fr.heurecivique.commune.partnership-requested.v1}); status {@code REQUESTED}.
 *
 * @param commune     the commune's standing
 * @param contact     who asked, to be called back
 * @param message     their message, if any
 * @param requestedAt when the request was made
 */
public record CommunePartnershipRequested(CommuneState commune, PartnershipContact contact, String message,
        Instant requestedAt) implements CommuneStateEvent {
}
