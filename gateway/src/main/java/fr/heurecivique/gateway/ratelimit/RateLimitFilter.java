package fr.heurecivique.gateway.ratelimit;

import fr.heurecivique.gateway.GatewayProperties;
import fr.heurecivique.gateway.Problems;
import fr.heurecivique.gateway.clients.ClientAddresses;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Rate limits at the front door: public endpoints (sign-up, partnership request, commune search, figures) per client
 * address with a tight limit, everything else per user — or per address while the caller is anonymous — with a
 * looser one. The client address is the peer's, or the one a trusted proxy (the ingress, web) forwarded, see
 * {@link ClientAddresses}. Over the limit: {@code 429}
 * problem detail with {@code Retry-After} (seconds until a request is allowed again). Buckets live in memory or in
 * Redis (several gateway instances share them), see {@link BucketStore}.
 */
public final class RateLimitFilter implements GlobalFilter, Ordered {

    public static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final AsyncProxyManager<String> buckets;
    private final GatewayProperties.RateLimit settings;
    private final List<Endpoint> publicEndpoints;
    private final ClientAddresses addresses;
    private final Problems problems;
    private final BucketConfiguration publicBucket;
    private final BucketConfiguration userBucket;

    public RateLimitFilter(AsyncProxyManager<String> buckets, GatewayProperties properties, ClientAddresses addresses,
            Problems problems) {
        this.buckets = buckets;
        this.settings = properties.rateLimit();
        this.publicEndpoints = settings.publicEndpoints().stream().map(Endpoint::parse).toList();
        this.addresses = addresses;
        this.problems = problems;
        this.publicBucket = bucket(settings.publicLimit());
        this.userBucket = bucket(settings.userLimit());
    }

    private static BucketConfiguration bucket(GatewayProperties.Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(),
                        limit.period()))
                .build();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        boolean isPublic = publicEndpoints.stream().anyMatch(endpoint -> endpoint.matches(request));
        String user = isPublic ? null : AuthenticatedUser.of(exchange);
        String key = user != null ? "user:" + user : (isPublic ? "public:" : "anonymous:") + addresses.of(request);
        BucketConfiguration configuration = isPublic ? publicBucket : userBucket;
        CompletableFuture<ConsumptionProbe> probe = buckets.builder()
                .build(key, () -> CompletableFuture.completedFuture(configuration))
                .tryConsumeAndReturnRemaining(1);
        return Mono.fromFuture(probe).flatMap(consumption -> {
            if (consumption.isConsumed()) {
                exchange.getResponse().getHeaders().set(REMAINING_HEADER,
                        String.valueOf(consumption.getRemainingTokens()));
                return chain.filter(exchange);
            }
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(consumption.getNanosToWaitForRefill()) + 1);
            exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(seconds));
            exchange.getResponse().getHeaders().set(REMAINING_HEADER, "0");
            return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Trop de requêtes",
                    "Trop de requêtes en peu de temps depuis votre connexion ; réessayez dans " + seconds
                            + " seconde" + (seconds > 1 ? "s" : "") + ".");
        });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    /** An endpoint given as {@code METHOD /path/pattern}. */
    record Endpoint(HttpMethod method, String pattern) {

        private static final AntPathMatcher PATHS = new AntPathMatcher();

        static Endpoint parse(String spec) {
            String[] parts = spec.strip().split("\\s+", 2);
            return new Endpoint(HttpMethod.valueOf(parts[0]), parts[1]);
        }

        boolean matches(ServerHttpRequest request) {
            return method.equals(request.getMethod()) && PATHS.match(pattern, request.getPath().value());
        }
    }
}
