package fr.heurecivique.commune.needs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A need as a referent records it ({@code POST /api/communes/{insee}/needs}): for a beneficiary
 * ({@code beneficiaryId}: an individual need) or for an association ({@code associationId}: an organised need).
 *
 * @param referentId       the referent recorded as posting it: one of the commune's referents (who may call is
 *                         decided from the caller's token)
 * @param place            where; without it, at the beneficiary's home or in the commune, located at its centre
 * @param volunteersNeeded 1 by default
 * @param urgency          {@code NORMAL} by default
 */
record PostNeedRequest(
        @NotBlank String referentId,
        String beneficiaryId,
        String associationId,
        @NotBlank @Size(max = 120) String title,
        @NotBlank @KnownKindOfHelp String kind,
        @NotBlank @Size(max = 2000) String description,
        @Valid PlaceRequest place,
        @NotNull @Valid WhenRequest when,
        @NotNull
        @Min(value = 1, message = "doit être compris entre 1 et 480 minutes (8 heures)")
        @Max(value = NeedDetails.MAX_DURATION_MINUTES, message = "doit être compris entre 1 et 480 minutes (8 heures)")
        Integer durationMinutes,
        @Min(value = 1, message = "doit être compris entre 1 et 50")
        @Max(value = NeedDetails.MAX_VOLUNTEERS, message = "doit être compris entre 1 et 50")
        Integer volunteersNeeded,
        Urgency urgency) {
}
