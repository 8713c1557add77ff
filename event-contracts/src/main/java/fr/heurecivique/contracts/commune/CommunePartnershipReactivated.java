package fr.heurecivique.contracts.commune;

/**
 * A suspended commune is a partner again ({@code fr.heurecivique.commune.partnership-reactivated.v1}); status
 * {@code PARTNER}.
 *
 * @param commune    the commune's standing
 * @param transition the step recorded
 * @param contact    the town hall's contact person
 */
public record CommunePartnershipReactivated(CommuneState commune, PartnershipTransition transition,
        PartnershipContact contact) implements CommuneStateEvent {
}
