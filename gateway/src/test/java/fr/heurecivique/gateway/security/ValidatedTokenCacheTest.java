package fr.heurecivique.gateway.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValidatedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");

    private final AtomicInteger checks = new AtomicInteger();
    private Instant now = NOW;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    /** Accepts "good-*" tokens (valid 5 minutes from the time of the check), refuses any other. */
    private final ReactiveJwtDecoder provider = token -> {
        checks.incrementAndGet();
        if (!token.startsWith("good-")) {
            return Mono.error(new BadJwtException("bad signature"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject(token.substring(5))
                .issuedAt(now).expiresAt(now.plus(Duration.ofMinutes(5))).build());
    };

    private final ValidatedTokenCache cache = new ValidatedTokenCache(provider, 100, Duration.ofMinutes(10), clock);

    @Test
    void checksATokenOnceThenServesItUntilItExpires() {
        assertThat(cache.decode("good-alice").block().getSubject()).isEqualTo("alice");
        assertThat(cache.decode("good-alice").block().getSubject()).isEqualTo("alice");
        assertThat(checks).hasValue(1);

        now = NOW.plus(Duration.ofMinutes(5));
        cache.decode("good-alice").block();
        assertThat(checks).as("an expired token is checked again, never served from memory").hasValue(2);
    }

    @Test
    void neverRemembersATokenThatFailed() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(checks).hasValue(3);
        assertThat(cache.size()).isZero();
    }

    @Test
    void keepsAtMostItsSize() {
        ValidatedTokenCache small = new ValidatedTokenCache(provider, 2, Duration.ofMinutes(10), clock);
        for (int i = 0; i < 50; i++) {
            small.decode("good-" + i).block();
        }
        assertThat(small.size()).isLessThanOrEqualTo(2);
    }
}
