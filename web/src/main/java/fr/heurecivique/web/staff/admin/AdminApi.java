package fr.heurecivique.web.staff.admin;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the administrator's pages ask of identity-service's API, through the gateway with the admin's own token: the
 * accounts (search, create, disable, enable) and the audit log of staff access to personal data.
 */
@Component
class AdminApi {

    private final RestClient api;

    AdminApi(RestClient gatewayApi) {
        this.api = gatewayApi;
    }

    List<Account> accounts(String q, String role, Boolean enabled) {
        return api.get().uri(uri -> {
            UriBuilder builder = uri.path("/api/accounts");
            if (q != null && !q.isBlank()) {
                builder.queryParam("q", q.strip());
            }
            if (role != null && !role.isBlank()) {
                builder.queryParam("role", role);
            }
            if (enabled != null) {
                builder.queryParam("enabled", enabled);
            }
            return builder.build();
        }).retrieve().body(new ParameterizedTypeReference<>() { });
    }

    Account create(Map<String, Object> body) {
        return api.post().uri("/api/accounts").contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .body(Account.class);
    }

    Account setEnabled(String id, boolean enabled) {
        return api.post().uri("/api/accounts/{id}/{action}", id, enabled ? "enable" : "disable").retrieve()
                .body(Account.class);
    }

    AuditPage audit(String actor, String resource, Instant from, Instant to, int page) {
        return api.get().uri(uri -> {
            UriBuilder builder = uri.path("/api/audit");
            if (actor != null) {
                builder.queryParam("actor", actor);
            }
            if (resource != null) {
                builder.queryParam("resource", resource);
            }
            if (from != null) {
                builder.queryParam("from", from.toString());
            }
            if (to != null) {
                builder.queryParam("to", to.toString());
            }
            return builder.queryParam("page", page).queryParam("size", 50).build();
        }).retrieve().body(AuditPage.class);
    }

    record Account(String id, String email, String displayName, List<String> roles, String volunteerId,
            List<String> communes, boolean enabled, boolean passwordChosen, Instant createdAt) {
    }

    record AuditPage(List<AuditEntry> items, int page, int size, long totalItems) {
    }

    record AuditEntry(String id, String actor, String actorRole, String action, String resourceType,
            String resourceId, String service, Instant at) {
    }
}
