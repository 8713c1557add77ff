package fr.heurecivique.web.communes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.List;
import java.util.Map;

/** commune-service's public reads and the partnership request, through the gateway. */
@Component
class CommuneApi {

    private final RestClient api;

    CommuneApi(RestClient gatewayApi) {
        this.api = gatewayApi;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CommuneSummary(String inseeCode, String name, List<String> postalCodes, int population,
            String partnershipStatus) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SearchPage(List<CommuneSummary> items, int page, int size, long totalItems, int totalPages) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CommuneView(String inseeCode, String name, List<String> postalCodes, int population,
            String partnershipStatus, int referentCount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NeedCounts(long total, Map<String, Long> byStatus, Map<String, Long> byKind) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CommuneFigures(String inseeCode, long referents, long associations, NeedCounts needs) {
    }

    /** The open needs to come, in general terms: per month, per kind of help, how many. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record NeedsToCome(String inseeCode, long total, List<Month> months) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Month(String month, List<KindCount> kinds) {
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        record KindCount(String kind, long count) {
        }
    }

    SearchPage search(String query, int page) {
        return api.get().uri(uri -> uri.path("/api/communes").queryParam("q", query).queryParam("page", page)
                .queryParam("size", 20).build()).retrieve().body(SearchPage.class);
    }

    CommuneView commune(String insee) {
        return api.get().uri("/api/communes/{insee}", insee).retrieve().body(CommuneView.class);
    }

    CommuneFigures figures(String insee) {
        return api.get().uri("/api/communes/{insee}/figures", insee).retrieve().body(CommuneFigures.class);
    }

    NeedsToCome needsToCome(String insee) {
        return api.get().uri("/api/communes/{insee}/needs-to-come", insee).retrieve().body(NeedsToCome.class);
    }

    /** {@code POST /api/communes/{insee}/partnership-requests} (public). */
    void requestPartnership(String insee, PartnershipForm form) {
        api.post().uri("/api/communes/{insee}/partnership-requests", insee).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("firstName", form.firstName().strip(), "lastName", form.lastName().strip(),
                        "role", form.role().strip(), "email", form.email().strip(), "phone", form.phone().strip(),
                        "message", form.message() == null ? "" : form.message().strip()))
                .retrieve().toBodilessEntity();
    }
}
