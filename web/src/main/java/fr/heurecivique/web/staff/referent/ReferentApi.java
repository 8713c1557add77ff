package fr.heurecivique.web.staff.referent;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * What the referent's pages ask of the API (commune-service, matching-service, volunteer-service), through the
 * gateway with the referent's own token. The services decide who may do what; errors come back as
 * {@code ApiProblem}.
 */
@Component
class ReferentApi {

    private final RestClient api;

    ReferentApi(RestClient gatewayApi) {
        this.api = gatewayApi;
    }

    // ------------------------------------------------------------------------------------------ commune-service

    NeedPage needs(String insee, String status) {
        return api.get().uri(uri -> {
            UriBuilder builder = uri.path("/api/needs").queryParam("commune", insee).queryParam("size", 100);
            if (status != null) {
                builder.queryParam("status", status);
            }
            return builder.build();
        }).retrieve().body(NeedPage.class);
    }

    Need need(String id) {
        return api.get().uri("/api/needs/{id}", id).retrieve().body(Need.class);
    }

    Need postNeed(String insee, Map<String, Object> body) {
        return api.post().uri("/api/communes/{insee}/needs", insee).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().body(Need.class);
    }

    Need updateNeed(String id, Map<String, Object> body) {
        return api.patch().uri("/api/needs/{id}", id).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .body(Need.class);
    }

    void cancelNeed(String id, String reason, String note) {
        api.post().uri("/api/needs/{id}/cancel", id).contentType(MediaType.APPLICATION_JSON)
                .body(note == null || note.isBlank() ? Map.of("reason", reason)
                        : new java.util.TreeMap<>(Map.of("note", note.strip(), "reason", reason)))
                .retrieve().toBodilessEntity();
    }

    List<Referent> referents(String insee) {
        return api.get().uri("/api/communes/{insee}/referents", insee).retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    List<BeneficiaryItem> beneficiaries(String insee) {
        return api.get().uri("/api/communes/{insee}/beneficiaries", insee).retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    Beneficiary beneficiary(String insee, String id) {
        return api.get().uri("/api/communes/{insee}/beneficiaries/{id}", insee, id).retrieve()
                .body(Beneficiary.class);
    }

    Beneficiary recordBeneficiary(String insee, Map<String, Object> body) {
        return api.post().uri("/api/communes/{insee}/beneficiaries", insee).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().body(Beneficiary.class);
    }

    Beneficiary updateBeneficiary(String insee, String id, Map<String, Object> body) {
        return api.patch().uri("/api/communes/{insee}/beneficiaries/{id}", insee, id)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(Beneficiary.class);
    }

    void eraseBeneficiary(String insee, String id) {
        api.delete().uri("/api/communes/{insee}/beneficiaries/{id}", insee, id).retrieve().toBodilessEntity();
    }

    List<Association> associations(String insee) {
        return api.get().uri("/api/communes/{insee}/associations", insee).retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    Association recordAssociation(String insee, Map<String, Object> body) {
        return api.post().uri("/api/communes/{insee}/associations", insee).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().body(Association.class);
    }

    // ----------------------------------------------------------------------------------------- matching-service

    Suggestions suggestions(String needId) {
        return api.get().uri("/api/needs/{id}/suggestions", needId).retrieve().body(Suggestions.class);
    }

    List<Match> matchesOf(String needId) {
        return api.get().uri("/api/needs/{id}/matches", needId).retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    Match match(String matchId) {
        return api.get().uri("/api/matches/{id}", matchId).retrieve().body(Match.class);
    }

    Match propose(String needId, String volunteerId, String referentId) {
        return api.post().uri("/api/matches").contentType(MediaType.APPLICATION_JSON)
                .body(proposal(needId, volunteerId, referentId))
                .retrieve().body(Match.class);
    }

    private static Map<String, String> proposal(String needId, String volunteerId, String referentId) {
        Map<String, String> body = new java.util.LinkedHashMap<>();
        body.put("needId", needId);
        body.put("volunteerId", volunteerId);
        if (referentId != null) {
            body.put("referentId", referentId);
        }
        return body;
    }

    void complete(String matchId, int minutes) {
        api.post().uri("/api/matches/{id}/complete", matchId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("actualMinutes", minutes)).retrieve().toBodilessEntity();
    }

    void noShow(String matchId) {
        api.post().uri("/api/matches/{id}/no-show", matchId).retrieve().toBodilessEntity();
    }

    // ---------------------------------------------------------------------------------------- volunteer-service

    Roster roster(String insee, String status, String kind, String mode, int page) {
        return api.get().uri(uri -> rosterUri(uri, insee, status, kind, mode).queryParam("page", page)
                .queryParam("size", 50).build()).retrieve().body(Roster.class);
    }

    byte[] rosterCsv(String insee, String status, String kind, String mode) {
        return api.get().uri(uri -> rosterUri(uri, insee, status, kind, mode).build())
                .accept(MediaType.valueOf("text/csv")).retrieve().body(byte[].class);
    }

    private static UriBuilder rosterUri(UriBuilder uri, String insee, String status, String kind, String mode) {
        UriBuilder builder = uri.path("/api/volunteers").queryParam("commune", insee);
        if (status != null) {
            builder.queryParam("status", status);
        }
        if (kind != null) {
            builder.queryParam("kind", kind);
        }
        if (mode != null) {
            builder.queryParam("mode", mode);
        }
        return builder;
    }

    // ------------------------------------------------------------------------------------------------- the views

    record NeedPage(List<Need> items, int page, int size, long totalItems, int totalPages) {
    }

    record Need(String id, String communeInsee, String title, String kind, String description, String mode,
            String beneficiaryId, String associationId, String associationName, Place place, Schedule when,
            int durationMinutes, int volunteersNeeded, String urgency, String status, Cancellation cancellation,
            Instant postedAt, Instant endsAt) {
    }

    record Place(String kind, String address) {
    }

    record Schedule(String type, LocalDate date, List<String> daysOfWeek, LocalDate startDate, LocalDate endDate,
            LocalTime startTime, LocalTime endTime) {
    }

    record Cancellation(String reason, String note, Instant cancelledAt) {
    }

    record Referent(String id, String firstName, String lastName, String email) {
    }

    record BeneficiaryItem(String id, String displayName, String preferredContact, boolean consentToBeContacted,
            boolean hasPhone, boolean hasAddress, Instant lastNeedAt, boolean anonymised) {
    }

    record Beneficiary(String id, String communeInsee, String firstName, String lastName, String phone,
            String address, String preferredContact, boolean consentToBeContacted, String note, boolean anonymised) {
    }

    record Association(String id, String name, String rnaNumber, Contact contact, List<String> kindsOfNeed) {

        record Contact(String name, String role, String email, String phone) {
        }
    }

    record Suggestions(String needId, String needTitle, String needStatus, List<Suggestion> suggestions,
            String notSuggestedBecause, Integer examined, Integer eligible) {
    }

    record Suggestion(int rank, String volunteerId, String displayName, String communeInsee, String partnerCode,
            Double distanceKm, int minutesThisMonth, int pledgeHours, int completed, List<Reason> reasons,
            boolean sameCommune) {
    }

    record Reason(String code, String label) {
    }

    record Match(String matchId, String needId, String needTitle, String communeInsee, String volunteerId,
            String volunteerName, String status, String statusLabel, Instant proposedAt, Instant expiresAt,
            Instant respondedAt, String declineReason, Instant completedAt, Integer actualMinutes,
            LocalDate occurrence) {
    }

    record Roster(String communeInsee, String communeName, int page, int size, long totalElements, int totalPages,
            List<RosterEntry> volunteers) {
    }

    record RosterEntry(String volunteerId, String firstName, String lastName, String status, String onboardingStep,
            List<String> modes, List<String> kindsOfHelp, Integer maxDistanceKm, Integer monthlyPledgeHours,
            boolean contactShared, String email, String phone) {
    }

}
