package fr.heurecivique.volunteer.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * A video presentation session as a coordinator publishes it ({@code POST /api/sessions}).
 *
 * @param title           optional, e.g. "Visio de présentation — octobre"
 * @param startsAt        when it starts (ISO-8601 with offset), in the future
 * @param durationMinutes 15 to 240 minutes
 * @param videoLink       an {@code https} link to join it
 * @param capacity        how many volunteers may book it, 1 to 500
 */
record SessionRequest(
        @Size(max = 120) String title,
        @NotNull Instant startsAt,
        @NotNull
        @Min(value = VideoSession.MIN_DURATION_MINUTES, message = "doit être d’au moins 15 minutes")
        @Max(value = VideoSession.MAX_DURATION_MINUTES, message = "doit être d’au plus 240 minutes")
        Integer durationMinutes,
        @NotBlank @Size(max = 500)
        @Pattern(regexp = "https://[^\\s/?#]+\\.[^\\s/?#]+([/?#]\\S*)?", message = "doit être un lien https://, par exemple https://visio.exemple.fr/presentation")
        String videoLink,
        @NotNull
        @Min(value = 1, message = "doit être d’au moins 1 place")
        @Max(value = VideoSession.MAX_CAPACITY, message = "doit être d’au plus 500 places")
        Integer capacity) {
}
