package fr.heurecivique.web.space;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the volunteer's space asks of the API, through the gateway with the volunteer's own token (added by the API
 * client, {@code SignInConfiguration}). The services decide who may do what; errors come back as {@code ApiProblem}.
 */
@Component
class SpaceApi {

    private final RestClient api;

    SpaceApi(RestClient gatewayApi) {
        this.api = gatewayApi;
    }

    Volunteer volunteer(String id) {
        return api.get().uri("/api/volunteers/{id}", id).retrieve().body(Volunteer.class);
    }

    List<UpcomingSession> upcomingSessions() {
        return api.get().uri("/api/sessions").retrieve().body(new ParameterizedTypeReference<>() { });
    }

    void book(String sessionId, String volunteerId) {
        api.post().uri("/api/sessions/{id}/bookings", sessionId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("volunteerId", volunteerId)).retrieve().toBodilessEntity();
    }

    List<Match> matches(String volunteerId) {
        return api.get().uri("/api/volunteers/{id}/matches", volunteerId).retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    Match match(String matchId) {
        return api.get().uri("/api/matches/{id}", matchId).retrieve().body(Match.class);
    }

    Hours hours(String volunteerId) {
        return api.get().uri("/api/volunteers/{id}/hours", volunteerId).retrieve().body(Hours.class);
    }

    void accept(String matchId) {
        api.post().uri("/api/matches/{id}/accept", matchId).retrieve().toBodilessEntity();
    }

    void decline(String matchId, String reason, String note) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("reason", reason);
        if (note != null && !note.isBlank()) {
            body.put("note", note.strip());
        }
        api.post().uri("/api/matches/{id}/decline", matchId).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toBodilessEntity();
    }

    /** {@code pause}, {@code resume} or {@code withdraw}. */
    void lifecycle(String volunteerId, String action) {
        api.post().uri("/api/volunteers/{id}/{action}", volunteerId, action).retrieve().toBodilessEntity();
    }

    void updateConsents(String volunteerId, boolean email, boolean sms, boolean shareWithCommune) {
        api.patch().uri("/api/volunteers/{id}", volunteerId)
                .contentType(MediaType.valueOf("application/merge-patch+json"))
                .body(Map.of("consents", Map.of("email", email, "sms", sms, "shareWithCommune", shareWithCommune)))
                .retrieve().toBodilessEntity();
    }

    ResponseEntity<byte[]> export(String volunteerId) {
        return api.get().uri("/api/volunteers/{id}/export", volunteerId).accept(MediaType.APPLICATION_JSON)
                .retrieve().toEntity(byte[].class);
    }

    void erase(String volunteerId) {
        api.delete().uri("/api/volunteers/{id}", volunteerId).retrieve().toBodilessEntity();
    }

    /** A volunteer as volunteer-service shows them to themselves (the fields the space uses). */
    public record Volunteer(String id, String status, String firstName, String lastName, String email, String phone,
            String communeInsee, String communeName, Consents consents, Onboarding onboarding, Perimeter perimeter) {
    }

    public record Consents(boolean dataProcessing, boolean email, boolean sms, boolean shareWithCommune) {
    }

    public record Onboarding(String step, BookedSession session, Instant interviewAt, Instant interviewedAt) {
    }

    public record BookedSession(String id, Instant startsAt, Integer durationMinutes, String videoLink) {
    }

    public record Perimeter(List<String> modes, int maxDistanceKm, List<String> kindsOfHelp, List<Slot> availability,
            int monthlyPledgeHours) {
    }

    public record Slot(String day, String period) {
    }

    public record UpcomingSession(String id, String title, Instant startsAt, int durationMinutes, Instant endsAt,
            int capacity, int seatsLeft) {
    }

    /** A match as matching-service shows it (the fields the space uses). */
    public record Match(String matchId, String needTitle, String needKind, String needMode, String communeName,
            String whenLabel, String status, String statusLabel, Instant proposedAt, Instant expiresAt,
            Double distanceKm, Instant respondedAt, String declineReason, Instant completedAt, Integer actualMinutes,
            boolean needFull) {
    }

    public record Hours(String month, int minutesThisMonth, int minutesThisYear, int minutesTotal, Integer pledgeHours,
            Boolean pledgeFulfilled, List<Month> months) {

        public record Month(String month, int minutes, int matches) {
        }
    }
}
