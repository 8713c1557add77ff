package fr.heurecivique.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/**
 * The gateway's own errors (no route, a body too large, a service that cannot be reached outside a circuit breaker)
 * as RFC 9457 problem details in French, like the services' errors.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final Problems problems;

    ProblemErrorHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        HttpStatusCode status;
        if (error instanceof ResponseStatusException statusException) {
            status = statusException.getStatusCode();
        } else if (causedBy(error, ConnectException.class)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
        } else if (causedBy(error, TimeoutException.class)) {
            status = HttpStatus.GATEWAY_TIMEOUT;
        } else {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
            log.error("Unexpected {} at the gateway", error.getClass().getName());
        }
        if (status.value() == 503) {
            exchange.getResponse().getHeaders().set("Retry-After", "10");
        }
        return problems.write(exchange, status, titleOf(status), detailOf(status));
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return true;
            }
        }
        return false;
    }

    private static String titleOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "Ressource introuvable";
            case 405 -> "Méthode non autorisée";
            case 413 -> "Requête trop volumineuse";
            case 429 -> "Trop de requêtes";
            case 500 -> "Erreur interne";
            case 503 -> "Service momentanément indisponible";
            case 504 -> "Délai dépassé";
            default -> status.is4xxClientError() ? "Requête refusée" : "Erreur du service";
        };
    }

    private static String detailOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "Aucune ressource n’existe à cette adresse.";
            case 405 -> "Cette méthode n’est pas autorisée sur cette ressource.";
            case 413 -> "Le corps de la requête dépasse la taille autorisée.";
            case 429 -> "Trop de requêtes en peu de temps ; réessayez dans quelques instants.";
            case 500 -> "Une erreur inattendue est survenue. Réessayez plus tard.";
            case 503 -> "Le service qui traite cette demande ne répond pas. Réessayez dans quelques instants.";
            case 504 -> "Le service qui traite cette demande n’a pas répondu à temps.";
            default -> "La demande n’a pas pu être traitée.";
        };
    }
}
