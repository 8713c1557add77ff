package fr.heurecivique.commune.needs;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Why a need is cancelled ({@code POST /api/needs/{id}/cancel}): a reason code (it travels in events) and a note
 * (required for {@code OTHER}; it stays in commune-service).
 */
record CancelNeedRequest(
        @NotNull CancellationReason reason,
        @Size(max = 500) String note) {
}
