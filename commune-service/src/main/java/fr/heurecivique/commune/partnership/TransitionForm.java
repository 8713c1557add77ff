package fr.heurecivique.commune.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A coordinator's step in a commune's partnership: the contact call, a reactivation.
 *
 * @param recordedBy who records it, as the history shows it (who may call is decided from the caller's token)
 * @param note       what happened, for the history
 */
record TransitionForm(
        @NotBlank @Size(max = 100) String recordedBy,
        @Size(max = 2000) String note) {
}
