package fr.heurecivique.gateway.resilience;

import fr.heurecivique.gateway.Problems;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;

/**
 * Where a route's circuit breaker sends a request it cannot serve: the service is down (connection refused), its
 * circuit is open (it failed repeatedly), or it answered too late. The client gets, at once, a French problem
 * detail: 503 with {@code Retry-After}, or 504 for a timeout.
 */
@RestController
class FallbackController {

    static final String RETRY_AFTER_SECONDS = "10";

    private final Problems problems;

    FallbackController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/fallback/{service}")
    Mono<Void> fallback(@PathVariable String service, ServerWebExchange exchange) {
        Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (causedBy(failure, TimeoutException.class) || failure instanceof ResponseStatusException status
                && status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
            return problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "Délai dépassé",
                    "Le service qui traite cette demande n’a pas répondu à temps. Réessayez dans quelques instants.");
        }
        exchange.getResponse().getHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
        return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "Service momentanément indisponible",
                "Le service qui traite cette demande ne répond pas. Réessayez dans quelques instants.");
    }

    /**
     * The web client down or too slow: people get a page, in French, rather than JSON (the theme's files are served by
     * web itself, so the page stands alone).
     */
    @RequestMapping("/fallback/web")
    Mono<Void> webFallback(ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
        exchange.getResponse().getHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
        exchange.getResponse().getHeaders().setContentType(MediaType.parseMediaType("text/html;charset=UTF-8"));
        exchange.getResponse().getHeaders().setCacheControl("no-store");
        byte[] page = WEB_UNAVAILABLE.getBytes(StandardCharsets.UTF_8);
        return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(page)));
    }

    static final String WEB_UNAVAILABLE = """
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Site momentanément indisponible – L’Heure Civique</title></head>
            <body><main>
            <h1>Le site est momentanément indisponible</h1>
            <p>L’Heure Civique ne répond pas pour le moment. Réessayez dans quelques minutes : rien de ce que vous
            avez déjà envoyé n’est perdu.</p>
            </main></body>
            </html>
            """;

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return true;
            }
        }
        return false;
    }
}
