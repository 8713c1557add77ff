package fr.heurecivique.commune.needs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A change to an open need ({@code PATCH /api/needs/{id}}): only the fields present change; {@code place} and
 * {@code when} are replaced whole. Who the need is for cannot change.
 */
record UpdateNeedRequest(
        String beneficiaryId,
        String associationId,
        @Size(min = 1, max = 120) String title,
        @KnownKindOfHelp String kind,
        @Size(min = 1, max = 2000) String description,
        @Valid PlaceRequest place,
        @Valid WhenRequest when,
        @Min(value = 1, message = "doit être compris entre 1 et 480 minutes (8 heures)")
        @Max(value = NeedDetails.MAX_DURATION_MINUTES, message = "doit être compris entre 1 et 480 minutes (8 heures)")
        Integer durationMinutes,
        @Min(value = 1, message = "doit être compris entre 1 et 50")
        @Max(value = NeedDetails.MAX_VOLUNTEERS, message = "doit être compris entre 1 et 50")
        Integer volunteersNeeded,
        Urgency urgency) {
}
