package fr.heurecivique.contracts.commune;

/**
 * A coordinator called the commune and explained the scheme ({@code
 * fr.heurecivique.commune.partnership-contacted.v1}); status {@code CONTACTED}.
 */
public record CommunePartnershipContacted(CommuneState commune, PartnershipTransition transition)
        implements CommuneStateEvent {
}
