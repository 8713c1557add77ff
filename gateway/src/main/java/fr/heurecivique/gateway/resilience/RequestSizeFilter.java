package fr.heurecivique.gateway.resilience;

import fr.heurecivique.gateway.GatewayProperties;
import fr.heurecivique.gateway.Problems;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request whose declared body ({@code Content-Length}) exceeds the limit with a 413 problem detail, before
 * it reaches a service. A chunked body declares no length: the services refuse it themselves once it grows too
 * large.
 */
@Component
class RequestSizeFilter implements WebFilter, Ordered {

    private final long maxBytes;
    private final Problems problems;

    RequestSizeFilter(GatewayProperties properties, Problems problems) {
        this.maxBytes = properties.maxRequestSize().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > maxBytes) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "Requête trop volumineuse",
                    "Le corps de la requête dépasse la taille autorisée (" + maxBytes / 1024 + " Kio).");
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
