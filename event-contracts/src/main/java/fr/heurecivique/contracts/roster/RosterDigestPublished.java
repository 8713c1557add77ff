package fr.heurecivique.contracts.roster;

import java.time.Instant;
import java.util.List;

/**
 * The periodic digest of a commune's roster of volunteers, for notification-service to mail to the town hall
 * ({@code fr.heurecivique.roster.digest-published.v1}, topic {@code roster.events}, key = INSEE code). Names and
 * contacts appear only for volunteers who agreed to share their contact details with their commune; the others
 * are only counted.
 *
 * @param communeInsee the commune's INSEE code (also the record key)
 * @param communeName  the commune's name
 * @param since        the previous digest of this commune, or {@code null} for its first
 * @param until        the time this digest covers up to
 * @param joined       volunteers new to the commune's roster since the previous digest (who agreed to share)
 * @param changed      volunteers whose roster line changed (status, contacts, perimeter) (who agreed to share)
 * @param left         volunteers who left the roster (withdrew, moved away) (who agreed to share; no contacts)
 * @param counts       the totals, counting also the volunteers who are not named
 */
public record RosterDigestPublished(String communeInsee, String communeName, Instant since, Instant until,
        List<RosterDigestEntry> joined, List<RosterDigestEntry> changed, List<RosterDigestEntry> left,
        RosterDigestCounts counts) {
}
