package fr.heurecivique.commune.beneficiaries;

import fr.heurecivique.commune.phones.Phone;
import fr.heurecivique.defaults.web.PersonName;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A beneficiary as a referent records them ({@code POST /api/communes/{insee}/beneficiaries}).
 *
 * @param referentId the referent recorded as having recorded them: one of the commune's referents (who may call is
 *                   decided from the caller's token)
 * @param address    street address within the commune; absent for "at home in the commune"
 */
record BeneficiaryForm(
        @NotBlank String referentId,
        @NotBlank @PersonName String firstName,
        @NotBlank @PersonName String lastName,
        @Phone String phone,
        @Size(max = 200) String address,
        @NotNull PreferredContact preferredContact,
        @NotNull Boolean consentToBeContacted,
        @Size(max = 500) String note) {
}
