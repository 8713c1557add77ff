package fr.heurecivique.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Remembers the access tokens the gateway has validated, until they expire. A client sends the same token with
 * every request of its lifetime (minutes); checking its RSA signature and its claims again each time was the largest
 * part of what the front door spent per request (measured: about a sixth of its CPU in {@code bench gateway}).
 *
 * <p>Only tokens that passed every check of the wrapped decoder are kept, for at most {@code maxAge} and never past
 * their own expiry, which is checked again on each use: a cached token stops working the moment it expires. A token
 * that fails is never cached, so a forged token costs a full check each time and cannot fill the cache. A key the
 * provider withdraws keeps its cached tokens valid at the gateway for at most {@code maxAge}; the services validate
 * every token themselves against the provider's keys, so this cache only decides how early a request is refused.
 */
final class ValidatedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final Cache<String, Jwt> validated;
    private final Clock clock;

    ValidatedTokenCache(ReactiveJwtDecoder delegate, long maxSize, Duration maxAge, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        this.validated = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .ticker(Ticker.systemTicker())
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> lifetime(jwt, maxAge)))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = validated.getIfPresent(token);
        if (known != null && unexpired(known)) {
            return Mono.just(known);
        }
        return delegate.decode(token).doOnNext(jwt -> validated.put(token, jwt));
    }

    private boolean unexpired(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt == null || clock.instant().isBefore(expiresAt);
    }

    private Duration lifetime(Jwt jwt, Duration maxAge) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return maxAge;
        }
        Duration left = Duration.between(clock.instant(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left.compareTo(maxAge) < 0 ? left : maxAge;
    }

    /** How many validated tokens are kept (for tests). */
    long size() {
        validated.cleanUp();
        return validated.estimatedSize();
    }
}
