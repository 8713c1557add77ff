package fr.heurecivique.web.home;

import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.api.ApiUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The scheme's live figures for the home page: volunteers and hours from {@code GET /api/stats}, partner communes from
 * {@code GET /api/communes/figures}. They are the same for everybody, so they are kept for {@link #TTL} rather than
 * asked for at each page view (the home page stays fast and does not use up the residents' public allowance at the
 * gateway). When the API does not answer, the page goes without them.
 */
@Component
class PublicFigures {

    static final Duration TTL = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(PublicFigures.class);

    private final RestClient api;
    private final Clock clock;
    private volatile Cached cached;

    PublicFigures(RestClient gatewayApi, Clock clock) {
        this.api = gatewayApi;
        this.clock = clock;
    }

    /** The figures, or {@code null} when the API cannot give them now. */
    Figures current() {
        Cached current = cached;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.until())) {
            return current.figures();
        }
        try {
            JsonNode stats = api.get().uri("/api/stats").retrieve().body(JsonNode.class);
            JsonNode communes = api.get().uri("/api/communes/figures").retrieve().body(JsonNode.class);
            Figures figures = new Figures(stats.path("volunteers").asLong(0),
                    stats.path("departement").path("minutesThisYear").asLong(0) / 60,
                    stats.path("departement").path("minutesThisMonth").asLong(0) / 60,
                    communes.path("partnerCommunes").asLong(0));
            cached = new Cached(figures, now.plus(TTL));
            return figures;
        } catch (ApiProblem | ApiUnavailableException e) {
            log.warn("Public figures unavailable: {}", e.getMessage());
            // An older value is better than none, for a while.
            return current != null && now.isBefore(current.until().plus(TTL.multipliedBy(10))) ? current.figures()
                    : null;
        }
    }

    /** Drops the kept figures (tests). */
    void forget() {
        cached = null;
    }

    /** Whole hours (minutes / 60, rounded down). */
    record Figures(long volunteerCount, long hoursThisYearCount, long hoursThisMonthCount, long partnerCommuneCount) {

        private static String french(long value) {
            return NumberFormat.getIntegerInstance(Locale.FRANCE).format(value);
        }

        public String volunteers() {
            return french(volunteerCount);
        }

        public String hoursThisYear() {
            return french(hoursThisYearCount);
        }

        public String hoursThisMonth() {
            return french(hoursThisMonthCount);
        }

        public String partnerCommunes() {
            return french(partnerCommuneCount);
        }
    }

    private record Cached(Figures figures, Instant until) {
    }
}
