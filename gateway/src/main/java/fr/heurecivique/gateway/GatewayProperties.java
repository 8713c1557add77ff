package fr.heurecivique.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

/**
 * The gateway's own settings ({@code heure-civique.gateway.*}); routes, timeouts and circuit breakers are in
 * {@code application.yml}.
 *
 * @param trustedProxies   a regular expression of the addresses whose {@code X-Forwarded-For} the gateway believes (the
 *                         ingress, the web client, load balancers); from any other peer the header is ignored, since a
 *                         client could forge it ({@link fr.heurecivique.gateway.clients.ClientAddresses}). Blank: none
 * @param maxRequestSize   the largest request body a client may send
 * @param rateLimit        the rate limits
 * @param tokenCache       the validated access tokens the gateway remembers
 */
@ConfigurationProperties("heure-civique.gateway")
public record GatewayProperties(@DefaultValue("") String trustedProxies, @DefaultValue("1MB") DataSize maxRequestSize,
        @DefaultValue RateLimit rateLimit, @DefaultValue TokenCache tokenCache) {

    /**
     * Validated access tokens kept so that a client's next requests with the same token skip the signature check.
     *
     * @param maxSize how many tokens at most (about 2 KB each)
     * @param maxAge  how long one is kept at most; never past the token's own expiry
     */
    public record TokenCache(@DefaultValue("10000") long maxSize, @DefaultValue("5m") Duration maxAge) {
    }

    /**
     * Requests allowed per client: public endpoints per client IP address, the others per user (or per address
     * when anonymous).
     *
     * @param enabled         whether to limit at all
     * @param store           {@code memory} (one gateway) or {@code redis} (shared by several gateways)
     * @param redisUrl        the Redis server, with {@code store=redis}
     * @param publicEndpoints the public endpoints, as {@code METHOD /path/pattern} ({@code *} matches one segment)
     * @param publicLimit     the limit per address on public endpoints
     * @param userLimit       the limit per user on the others
     */
    public record RateLimit(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("memory") String store,
            @DefaultValue("redis://localhost:6379") String redisUrl,
            @DefaultValue({ "POST /api/volunteers", "POST /api/communes/*/partnership-requests", "GET /api/communes",
                    "GET /api/communes/*", "GET /api/stats" }) List<String> publicEndpoints,
            @DefaultValue Limit publicLimit,
            @DefaultValue Limit userLimit) {
    }

    /**
     * @param capacity requests allowed in a period
     * @param period   the period (the bucket refills evenly over it)
     */
    public record Limit(@DefaultValue("30") long capacity, @DefaultValue("1m") Duration period) {
    }
}
