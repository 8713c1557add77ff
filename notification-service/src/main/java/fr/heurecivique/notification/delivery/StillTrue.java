package fr.heurecivique.notification.delivery;

import java.util.List;

/**
 * What must still hold for a message to leave: checked again just before each attempt (a message deferred to 08:00
 * by the quiet hours, a retried one), so that nothing goes out that is no longer true. A message whose condition no
 * longer holds is {@code SUPPRESSED} with the reason. Evaluated by the {@link DeliveryConditions} of the services'
 * read models (notification-service's own copies of the needs and matches it has heard of).
 *
 * @param needId        the need the message is about: it must not be cancelled, expired or done; {@code null} for none
 * @param matchId       the match the message is about; {@code null} for none
 * @param matchStatuses the statuses the match must still be in ({@code PROPOSED} for a proposal, {@code ACCEPTED}
 *                      for "X viendra vous aider")
 */
public record StillTrue(String needId, String matchId, List<String> matchStatuses) {

    public StillTrue {
        matchStatuses = matchStatuses == null ? List.of() : List.copyOf(matchStatuses);
    }

    /** The message holds while the need is open and the match is in one of {@code statuses}. */
    public static StillTrue match(String needId, String matchId, String... statuses) {
        return new StillTrue(needId, matchId, List.of(statuses));
    }
}
