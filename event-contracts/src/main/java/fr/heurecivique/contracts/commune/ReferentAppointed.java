package fr.heurecivique.contracts.commune;

/**
 * A partner commune appointed a local referent ({@code fr.heurecivique.commune.referent-appointed.v1}).
 *
 * @param commune  the commune's standing
 * @param referent the referent
 */
public record ReferentAppointed(CommuneState commune, ReferentState referent) implements CommuneStateEvent {
}
