package fr.heurecivique.matching.matches;

import fr.heurecivique.matching.domain.matches.Match;
import fr.heurecivique.matching.domain.matches.NeedMatches;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A match as the API shows it, with a summary of its need. No contact details: the volunteer's first name and
 * initial only ({@code null} once they were erased). {@code distanceKm} is {@code null} when the volunteer lives in the
 * need's commune and the need is placed at its centre ({@code sameCommune}: "dans sa commune", never "à 0,0 km").
 */
public record MatchView(String matchId, String needId, String needTitle, String needKind, String needMode,
        String communeInsee, String communeName, String whenLabel, String volunteerId, String volunteerName,
        String volunteerCommuneInsee, String status, String statusLabel, String proposedBy, Instant proposedAt,
        Instant expiresAt, Double distanceKm, Instant respondedAt, String declineReason, Instant completedAt,
        Integer actualMinutes, String cancelledBy, String cancellationReason, long version, int volunteersNeeded,
        int acceptedCount, boolean needFull, LocalDate occurrence, int completedCount, int placesNeeded,
        boolean needDone, boolean sameCommune) {

    static MatchView of(NeedMatches board, Match match, Instant now) {
        var need = board.need();
        return new MatchView(match.matchId(), board.id(), need.title(), need.kind(), need.mode(), need.communeInsee(),
                need.communeName(), need.whenLabel(), match.volunteerId(), match.volunteerName(),
                match.volunteerCommuneInsee(), match.status().name(), match.status().label(), match.proposedBy(),
                match.proposedAt(), match.expiresAt(), match.sameCommuneCentre(need.communeInsee()) ? null
                        : match.distanceKm(), match.respondedAt(),
                name(match.declineReason()), match.completedAt(), match.actualMinutes(), name(match.cancelledBy()),
                name(match.cancellationReason()), match.version(), need.volunteersWanted(), board.slotsTaken(),
                board.full(now), match.occurrence(), board.completed(), board.placesNeeded(), board.done(now),
                need.communeInsee().equals(match.volunteerCommuneInsee()));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
