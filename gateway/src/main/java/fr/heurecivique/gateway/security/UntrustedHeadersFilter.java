package fr.heurecivique.gateway.security;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Locale;

/**
 * Removes the request headers that a client must never set because something behind the gateway could take them
 * for a proof of identity: the old internal secret ({@code X-Internal-Token}), any {@code X-User-*},
 * {@code X-Auth-*}, {@code X-Forwarded-User} and the like. The services trust nothing but a validated token, but a
 * header that never arrives cannot be trusted by mistake later.
 */
@Component
class UntrustedHeadersFilter implements GlobalFilter, Ordered {

    private static final List<String> NAMES = List.of("x-internal-token", "x-forwarded-user", "x-forwarded-email",
            "x-remote-user", "remote-user", "x-authenticated-user", "x-auth-request-user");
    private static final List<String> PREFIXES = List.of("x-user-", "x-auth-");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        boolean any = false;
        for (String name : headers.headerNames()) {
            if (untrusted(name)) {
                any = true;
                break;
            }
        }
        if (!any) {
            return chain.filter(exchange);
        }
        ServerHttpRequest cleaned = exchange.getRequest().mutate()
                .headers(writable -> List.copyOf(writable.headerNames()).stream().filter(UntrustedHeadersFilter::untrusted)
                        .forEach(writable::remove))
                .build();
        return chain.filter(exchange.mutate().request(cleaned).build());
    }

    static boolean untrusted(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return NAMES.contains(lower) || PREFIXES.stream().anyMatch(lower::startsWith);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
