package fr.heurecivique.commune.needs;

import fr.heurecivique.commune.associations.Association;
import fr.heurecivique.commune.beneficiaries.Beneficiary;

/**
 * Who a need is for — a resident beneficiary (an individual need) or a local association (an organised need) — and
 * what the need's rules must know of them.
 *
 * @param mode               implied by who it is for
 * @param beneficiaryId      the beneficiary, for an individual need
 * @param beneficiaryAddress the beneficiary's address, only to keep it out of the need's text; never stored in the need
 * @param associationId      the association, for an organised need
 * @param associationName    the association's name
 */
public record Recipient(NeedMode mode, String beneficiaryId, String beneficiaryAddress, String associationId,
        String associationName) {

    public static Recipient of(Beneficiary beneficiary) {
        return new Recipient(NeedMode.INDIVIDUAL, beneficiary.id(), beneficiary.address(), null, null);
    }

    public static Recipient of(Association association) {
        return new Recipient(NeedMode.ORGANISED, null, null, association.id(), association.name());
    }
}
