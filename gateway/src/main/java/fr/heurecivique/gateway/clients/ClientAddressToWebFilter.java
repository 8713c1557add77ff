package fr.heurecivique.gateway.clients;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tells web the address of the browser it serves ({@value #HEADER}), resolved as for the rate limits, so that web can
 * pass it back in {@code X-Forwarded-For} when it calls the API for that person. The gateway's own
 * {@code X-Forwarded-For} towards a route is written only for trusted peers, so it cannot carry this. Whatever a
 * client sent in this header is replaced on the web route and removed on every other one.
 */
public final class ClientAddressToWebFilter implements GlobalFilter, Ordered {

    public static final String HEADER = "X-Client-Address";
    public static final String WEB_ROUTE = "web";

    private final ClientAddresses addresses;

    public ClientAddressToWebFilter(ClientAddresses addresses) {
        this.addresses = addresses;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        // "web" and its own routes with other timeouts ("web-import")
        boolean toWeb = route != null && (WEB_ROUTE.equals(route.getId()) || route.getId().startsWith(WEB_ROUTE + "-"));
        if (!toWeb && !exchange.getRequest().getHeaders().containsHeader(HEADER)) {
            return chain.filter(exchange);
        }
        ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> {
            headers.remove(HEADER);
            if (toWeb) {
                headers.set(HEADER, addresses.of(exchange.getRequest()));
            }
        }).build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 50;
    }
}
