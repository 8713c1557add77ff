package fr.heurecivique.web.dashboard;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The figures the dashboard shows, read through the gateway at each view (with the staff member's token when one is
 * signed in): the public ones — matching-service's {@code /api/stats}, commune-service's {@code /api/communes/map}
 * and {@code /api/communes/figures} — and for staff matching-service's {@code /api/stats/months} and
 * volunteer-service's {@code /api/volunteers/figures} (statuses and the onboarding funnel).
 */
@Component
class DashboardApi {

    private final RestClient api;

    DashboardApi(RestClient gatewayApi) {
        this.api = gatewayApi;
    }

    JsonNode stats() {
        return get("/api/stats");
    }

    JsonNode communeMap() {
        return get("/api/communes/map");
    }

    JsonNode communeFigures() {
        return get("/api/communes/figures");
    }

    JsonNode monthly() {
        return get("/api/stats/months");
    }

    JsonNode volunteerFigures() {
        return get("/api/volunteers/figures");
    }

    private JsonNode get(String path) {
        return api.get().uri(path).retrieve().body(JsonNode.class);
    }
}
