package fr.heurecivique.commune.needs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A need as a referent records it ({@code POST /api/communes/{insee}/needs}). */
record PostNeedRequest(
        @NotBlank @Size(max = 120) String title,
        @NotBlank @KnownKindOfHelp String kind,
        @NotBlank @Size(max = 2000) String description) {
}
