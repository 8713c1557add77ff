package fr.heurecivique.commune.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The charter is signed and the communication kit sent: the commune becomes a partner. */
record ActivationForm(
        @NotBlank @Size(max = 100) String recordedBy,
        @NotNull LocalDate charterSignedOn,
        @NotNull LocalDate communicationKitSentOn,
        @Size(max = 2000) String note) {
}
