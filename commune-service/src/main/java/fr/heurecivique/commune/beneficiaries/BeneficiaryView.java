package fr.heurecivique.commune.beneficiaries;

import java.time.Instant;

/** A beneficiary in full, for the referents of their commune. */
record BeneficiaryView(String id, String communeInsee, String firstName, String lastName, String phone,
        String address, boolean atHomeInCommune, PreferredContact preferredContact, boolean consentToBeContacted,
        Instant consentRecordedAt, String note, String recordedBy, Instant recordedAt, Instant lastNeedAt,
        boolean anonymised, Instant anonymisedAt) {

    static BeneficiaryView of(Beneficiary beneficiary) {
        return new BeneficiaryView(beneficiary.id(), beneficiary.communeInsee(), beneficiary.firstName(),
                beneficiary.lastName(), beneficiary.phone(), beneficiary.address(),
                !beneficiary.isAnonymised() && beneficiary.address() == null, beneficiary.preferredContact(),
                beneficiary.consentToBeContacted(), beneficiary.consentRecordedAt(), beneficiary.note(),
                beneficiary.recordedBy(), beneficiary.recordedAt(), beneficiary.lastNeedAt(),
                beneficiary.isAnonymised(), beneficiary.anonymisedAt());
    }
}
