package fr.heurecivique.gateway.ratelimit;

import org.springframework.web.server.ServerWebExchange;

/**
 * The user a request is made for, for per-user rate limits: set by the gateway's authentication once it validates
 * tokens (exchange attribute {@link #ATTRIBUTE}); {@code null} for anonymous requests, which are limited per
 * address. An unvalidated token is never trusted for this: a caller could forge a new identity per request.
 */
public final class AuthenticatedUser {

    public static final String ATTRIBUTE = AuthenticatedUser.class.getName();

    private AuthenticatedUser() {
    }

    static String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }
}
