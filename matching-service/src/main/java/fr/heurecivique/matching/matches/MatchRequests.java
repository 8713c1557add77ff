package fr.heurecivique.matching.matches;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The bodies of the match endpoints. */
final class MatchRequests {

    private MatchRequests() {
    }

    /**
     * A referent proposes a volunteer for a need; {@code referentId}, optional, is their id in commune-service (who
     * notification-service tells of the answer; without it, every referent of the commune); {@code occurrence},
     * optional, the date of a weekly need the volunteer is asked for (by default the first date still to come with
     * a place left).
     */
    record Propose(@NotBlank String needId, @NotBlank String volunteerId, String referentId, LocalDate occurrence) {
    }

    /** The volunteer (or the commune for them) declines, with an optional reason code and note. */
    record Decline(@Pattern(regexp = "NOT_AVAILABLE|TOO_FAR|NOT_SUITABLE|PERSONAL|OTHER",
                    message = "doit être NOT_AVAILABLE, TOO_FAR, NOT_SUITABLE, PERSONAL ou OTHER") String reason,
            @Size(max = 500) String note) {
    }

    /** The referent records the help as given. */
    record Complete(@NotNull @Min(1) @Max(1440) Integer actualMinutes) {
    }

    /** The volunteer (an accepted match) or the commune cancels; which of them is the caller's token's to say. */
    record Cancel(@Pattern(regexp = "NO_LONGER_AVAILABLE|NO_LONGER_NEEDED|SCHEDULE_CHANGED|OTHER",
                    message = "doit être NO_LONGER_AVAILABLE, NO_LONGER_NEEDED, SCHEDULE_CHANGED ou OTHER")
            String reason,
            @Size(max = 500) String note) {
    }
}
