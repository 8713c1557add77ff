package fr.heurecivique.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The gateway's own errors (no route, a service that cannot be reached) as RFC 9457 problem details in French, like
 * the services' errors. A service that is down answers 503 with {@code Retry-After}.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);
    static final String RETRY_AFTER_SECONDS = "10";

    private final JsonMapper json;

    ProblemErrorHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        HttpStatusCode status;
        String title;
        String detail;
        if (error instanceof ResponseStatusException statusException) {
            status = statusException.getStatusCode();
            title = titleOf(status);
            detail = detailOf(status);
        } else if (causedBy(error, ConnectException.class)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
            title = "Service momentanément indisponible";
            detail = "Le service qui traite cette demande ne répond pas. Réessayez dans quelques instants.";
        } else if (causedBy(error, TimeoutException.class)) {
            status = HttpStatus.GATEWAY_TIMEOUT;
            title = "Délai dépassé";
            detail = "Le service qui traite cette demande n’a pas répondu à temps. Réessayez dans quelques instants.";
        } else {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
            title = "Erreur interne";
            detail = "Une erreur inattendue est survenue. Réessayez plus tard.";
            log.error("Unexpected {} at the gateway", error.getClass().getName());
        }
        if (status.value() == 503) {
            response.getHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", exchange.getRequest().getPath().value());
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer body = response.bufferFactory().wrap(json.writeValueAsBytes(problem));
        return response.writeWith(Mono.just(body));
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
            case 503 -> "Le service qui traite cette demande ne répond pas. Réessayez dans quelques instants.";
            case 504 -> "Le service qui traite cette demande n’a pas répondu à temps.";
            default -> "La demande n’a pas pu être traitée.";
        };
    }
}
