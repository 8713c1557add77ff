package fr.heurecivique.contracts.commune;

import java.time.LocalDate;

/**
 * The commune signed the charter and received the communication kit: it is a partner ({@code
 * fr.heurecivique.commune.partnership-activated.v1}); status {@code PARTNER}.
 *
 * @param commune                the commune's standing
 * @param transition             the step recorded
 * @param contact                the town hall's contact person
 * @param charterSignedOn        when the charter was signed
 * @param communicationKitSentOn when the communication kit was sent
 */
public record CommunePartnershipActivated(CommuneState commune, PartnershipTransition transition,
        PartnershipContact contact, LocalDate charterSignedOn, LocalDate communicationKitSentOn)
        implements CommuneStateEvent {
}
