package fr.heurecivique.commune.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A coordinator suspends a partnership: the reason is kept in the history. */
record SuspensionForm(
        @NotBlank @Size(max = 100) String recordedBy,
        @NotBlank @Size(max = 2000) String reason) {
}
