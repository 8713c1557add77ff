package fr.heurecivique.web.staff.coordination;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the coordinator's desk asks of the API, through the gateway with the coordinator's own token (added by the API
 * client): commune-service's partnerships and referents, volunteer-service's sessions, onboarding and search. The
 * services decide who may do what; errors come back as {@code ApiProblem}.
 */
@Component
class CoordinationApi {

    private final RestClient api;

    CoordinationApi(RestClient gatewayApi) {
        this.api = gatewayApi;
    }

    // Partnerships (commune-service)

    CommunePage communesAt(String status) {
        return api.get().uri(uri -> uri.path("/api/communes").queryParam("status", status).queryParam("size", 100)
                .build()).retrieve().body(CommunePage.class);
    }

    Partnership partnership(String insee) {
        return api.get().uri("/api/communes/{insee}/partnership", insee).retrieve().body(Partnership.class);
    }

    /** {@code contact-call}, {@code activation}, {@code suspension} or {@code reactivation}. */
    void partnershipStep(String insee, String step, Map<String, Object> body) {
        api.post().uri("/api/communes/{insee}/partnership/{step}", insee, step).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toBodilessEntity();
    }

    List<Referent> referents(String insee) {
        return api.get().uri("/api/communes/{insee}/referents", insee).retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    Referent appointReferent(String insee, Map<String, Object> body) {
        return api.post().uri("/api/communes/{insee}/referents", insee).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().body(Referent.class);
    }

    void removeReferent(String insee, String referentId) {
        api.delete().uri("/api/communes/{insee}/referents/{id}", insee, referentId).retrieve().toBodilessEntity();
    }

    // Video sessions and onboarding (volunteer-service)

    List<SessionSummary> sessionsFrom(Instant from) {
        return api.get().uri(uri -> uri.path("/api/sessions").queryParam("from", from.toString()).build())
                .retrieve().body(new ParameterizedTypeReference<>() { });
    }

    SessionDetails session(String id) {
        return api.get().uri("/api/sessions/{id}", id).retrieve().body(SessionDetails.class);
    }

    SessionDetails publishSession(Map<String, Object> body) {
        return api.post().uri("/api/sessions").contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .body(SessionDetails.class);
    }

    void markPresent(String sessionId, String volunteerId) {
        api.post().uri("/api/sessions/{id}/attendance", sessionId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("volunteerId", volunteerId)).retrieve().toBodilessEntity();
    }

    Volunteer volunteer(String id) {
        return api.get().uri("/api/volunteers/{id}", id).retrieve().body(Volunteer.class);
    }

    void scheduleInterview(String volunteerId, Instant at) {
        api.post().uri("/api/volunteers/{id}/interview-appointment", volunteerId)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("scheduledAt", at.toString())).retrieve()
                .toBodilessEntity();
    }

    void recordInterview(String volunteerId, Map<String, Object> perimeter) {
        api.post().uri("/api/volunteers/{id}/interview", volunteerId).contentType(MediaType.APPLICATION_JSON)
                .body(perimeter).retrieve().toBodilessEntity();
    }

    SearchPage search(String status, String commune, String step, String partner, int page) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", status);
        filters.put("commune", commune);
        filters.put("step", step);
        filters.put("partner", partner);
        return api.get().uri(uri -> {
            UriBuilder builder = uri.path("/api/volunteers/search");
            filters.forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    builder.queryParam(name, value);
                }
            });
            URI built = builder.queryParam("page", page).queryParam("size", 50).build();
            return built;
        }).retrieve().body(SearchPage.class);
    }

    // What the API answers (the fields the desk uses)

    record CommunePage(List<CommuneSummary> items, long totalItems) {
    }

    record CommuneSummary(String inseeCode, String name, List<String> postalCodes, int population,
            String partnershipStatus) {
    }

    record Contact(String firstName, String lastName, String role, String email, String phone) {
    }

    record Partnership(String inseeCode, String communeName, String status, Contact contact, String requestMessage,
            Instant requestedAt, LocalDate charterSignedOn, LocalDate communicationKitSentOn, List<Step> history) {
    }

    record Step(String from, String to, Instant at, String recordedBy, String note) {
    }

    record Referent(String id, String communeInsee, String firstName, String lastName, String email, String phone,
            String role, Instant appointedAt) {
    }

    record SessionSummary(String id, String title, Instant startsAt, int durationMinutes, int capacity,
            int seatsLeft) {
    }

    record SessionDetails(String id, String title, Instant startsAt, int durationMinutes, String videoLink,
            int capacity, int seatsLeft, List<Participant> participants) {
    }

    record Participant(String volunteerId, String firstName, String lastName, boolean present) {
    }

    record Volunteer(String id, String status, String firstName, String lastName, String email, String phone,
            String communeInsee, String communeName, String partnerCode, Onboarding onboarding,
            Perimeter perimeter) {
    }

    record Onboarding(String step, Instant interviewAt, Instant interviewedAt, BookedSession session) {
    }

    record BookedSession(String id, Instant startsAt) {
    }

    record Perimeter(List<String> modes, int maxDistanceKm, List<String> kindsOfHelp, List<Slot> availability,
            int monthlyPledgeHours) {
    }

    record Slot(String day, String period) {
    }

    record SearchPage(int page, int size, long totalElements, int totalPages, List<Found> volunteers) {
    }

    record Found(String volunteerId, String firstName, String lastName, String status, String onboardingStep,
            String communeInsee, String communeName, String partnerCode, Instant registeredAt) {
    }
}
