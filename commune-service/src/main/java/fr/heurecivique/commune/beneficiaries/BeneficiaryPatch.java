package fr.heurecivique.commune.beneficiaries;

import fr.heurecivique.commune.phones.Phone;
import fr.heurecivique.defaults.web.PersonName;
import jakarta.validation.constraints.Size;

/**
 * A change to a beneficiary ({@code PATCH}): only the fields present change; an empty {@code phone}, {@code address}
 * or {@code note} removes it. Names cannot be emptied.
 */
record BeneficiaryPatch(
        @Size(min = 1) @PersonName String firstName,
        @Size(min = 1) @PersonName String lastName,
        @Phone String phone,
        @Size(max = 200) String address,
        PreferredContact preferredContact,
        Boolean consentToBeContacted,
        @Size(max = 500) String note) {
}
