package fr.heurecivique.web.staff.imports;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services' import endpoints, called through the gateway with the coordinator's token: volunteer-service's
 * {@code POST /api/volunteers/imports}, commune-service's {@code POST /api/communes/partnership-imports}. They apply
 * their own rules and events; web only sends the lines in batches that fit their request size.
 */
@Component
class ImportApi {

    /** Lines per call: about 25 KB, well within the services' 64 KB bodies. */
    static final int BATCH = 100;

    private final RestClient api;

    ImportApi(RestClient gatewayApi) {
        this.api = gatewayApi;
    }

    /** The service's report of one batch: {@code lines: [{line, outcome, problems: [{field, message}]}]}. */
    JsonNode send(ImportKind kind, boolean dryRun, boolean consented, String recordedBy,
            List<Map<String, Object>> rows) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dryRun", dryRun);
        String path;
        if (kind == ImportKind.VOLUNTEERS) {
            body.put("dataProcessingConsented", consented);
            path = "/api/volunteers/imports";
        } else {
            body.put("recordedBy", recordedBy);
            path = "/api/communes/partnership-imports";
        }
        body.put("rows", rows);
        return api.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .body(JsonNode.class);
    }
}
