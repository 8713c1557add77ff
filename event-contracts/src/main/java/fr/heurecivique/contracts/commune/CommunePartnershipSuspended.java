package fr.heurecivique.contracts.commune;

/**
 * A partner commune's partnership is on hold ({@code fr.heurecivique.commune.partnership-suspended.v1}); status
 * {@code SUSPENDED}. Its referents stay appointed but may not post needs until it is reactivated.
 */
public record CommunePartnershipSuspended(CommuneState commune, PartnershipTransition transition)
        implements CommuneStateEvent {
}
