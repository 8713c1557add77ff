package fr.heurecivique.volunteer.rgpd;

import fr.heurecivique.defaults.security.ServiceClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * What the other services hold about a volunteer, for the RGPD export: matching-service (their matches, with the
 * minutes given), notification-service (the messages sent to them, addresses masked) and identity-service (their
 * account), each from its internal API with volunteer-service's own service token. A service that does not answer
 * makes its part {@code null} and is named in {@code missing}, in French: the export never fails silently, and never
 * fails whole because one service is down.
 */
@Component
class HeldElsewhere {

    private static final Logger log = LoggerFactory.getLogger(HeldElsewhere.class);

    /** One part of the export kept by another service. */
    enum Part {
        MATCHES("les mises en relation et les heures données (service de mise en relation)"),
        DELIVERIES("les messages envoyés (service de notification)"),
        ACCOUNT("le compte de connexion (service d’identité)");

        final String label;

        Part(String label) {
            this.label = label;
        }
    }

    /** The parts gathered, and those that could not be. */
    record Gathered(JsonNode matches, JsonNode deliveries, JsonNode account, List<String> missing) {
    }

    private final ObjectProvider<ServiceClients> clients;
    private final RgpdProperties properties;
    private final JsonMapper json;

    HeldElsewhere(ObjectProvider<ServiceClients> clients, RgpdProperties properties, JsonMapper json) {
        this.clients = clients;
        this.properties = properties;
        this.json = json;
    }

    Gathered about(String volunteerId) {
        List<String> missing = new ArrayList<>();
        JsonNode matches = fetch(Part.MATCHES, properties.matchingUrl(), "/internal/volunteers/{id}/matches",
                volunteerId, missing);
        JsonNode deliveries = fetch(Part.DELIVERIES, properties.notificationUrl(),
                "/internal/volunteers/{id}/deliveries", volunteerId, missing);
        JsonNode account = fetch(Part.ACCOUNT, properties.identityUrl(), "/internal/volunteers/{id}/account",
                volunteerId, missing);
        return new Gathered(matches, deliveries, account, List.copyOf(missing));
    }

    private JsonNode fetch(Part part, String baseUrl, String path, String volunteerId, List<String> missing) {
        ServiceClients services = clients.getIfAvailable();
        if (services == null || baseUrl == null || baseUrl.isBlank()) {
            missing.add(part.label + " : non disponible sur cette installation ; demandez-les au délégué à la "
                    + "protection des données");
            return null;
        }
        try {
            SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
            requests.setConnectTimeout(properties.exportTimeout());
            requests.setReadTimeout(properties.exportTimeout());
            String body = services.builder().baseUrl(baseUrl).requestFactory(requests).build().get()
                    .uri(path, volunteerId).retrieve().body(String.class);
            return body == null ? null : json.readTree(body);
        } catch (RuntimeException unavailable) {
            // Never the volunteer's data: the part and the failure's type.
            log.warn("RGPD export of volunteer {}: part {} unavailable ({})", volunteerId, part,
                    unavailable.getClass().getSimpleName());
            missing.add(part.label + " : le service n’a pas répondu ; réessayez plus tard");
            return null;
        }
    }
}
