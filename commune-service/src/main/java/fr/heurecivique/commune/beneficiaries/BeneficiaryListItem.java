package fr.heurecivique.commune.beneficiaries;

import java.time.Instant;

/**
 * A beneficiary in the commune's list: no phone number, no address, no note — a list is shown, printed and sent
 * more often than a single record is opened.
 */
record BeneficiaryListItem(String id, String displayName, PreferredContact preferredContact,
        boolean consentToBeContacted, boolean hasPhone, boolean hasAddress, Instant lastNeedAt, boolean anonymised) {

    static BeneficiaryListItem of(Beneficiary beneficiary) {
        return new BeneficiaryListItem(beneficiary.id(), beneficiary.displayName(), beneficiary.preferredContact(),
                beneficiary.consentToBeContacted(), beneficiary.phone() != null, beneficiary.address() != null,
                beneficiary.lastNeedAt(), beneficiary.isAnonymised());
    }
}
