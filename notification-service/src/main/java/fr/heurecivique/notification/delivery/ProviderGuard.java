package fr.heurecivique.notification.delivery;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * Resilience4j around one provider: retry (transient failures only) outside a circuit breaker (which ignores the
 * provider's refusals of a message: a provider that answers "bad number" is working) outside a rate limiter. An
 * open circuit or an exhausted rate limit becomes a {@link ChannelBusyException}: the message waits without
 * counting a failed attempt. Metrics go to Micrometer ({@code resilience4j_circuitbreaker_*}, …, tagged by name).
 */
public final class ProviderGuard {

    private static final Logger log = LoggerFactory.getLogger(ProviderGuard.class);

    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final RateLimiter rateLimiter;
    private final Duration openDuration;

    /**
     * @param name      the provider's name (metrics tag)
     * @param settings  the resilience settings
     * @param isTransient which failures are worth retrying and count against the circuit
     * @param meters      where metrics go
     */
    public ProviderGuard(String name, GuardSettings settings, Predicate<Throwable> isTransient, MeterRegistry meters) {
        Predicate<Throwable> failure = e -> !(e instanceof CallNotPermittedException)
                && !(e instanceof RequestNotPermitted) && isTransient.test(e);
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRateThreshold())
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumCalls())
                .waitDurationInOpenState(settings.openDuration())
                .permittedNumberOfCallsInHalfOpenState(2)
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .recordException(failure)
                .build());
        RetryRegistry retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(settings.retryAttempts())
                .waitDuration(settings.retryWait())
                .retryOnException(failure)
                .build());
        RateLimiterRegistry limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(settings.callsPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ofSeconds(1))
                .build());
        this.circuitBreaker = breakers.circuitBreaker(name);
        this.retry = retries.retry(name);
        this.rateLimiter = limiters.rateLimiter(name);
        this.openDuration = settings.openDuration();
        circuitBreaker.getEventPublisher().onStateTransition(event -> log.warn("Circuit breaker of {}: {}", name,
                event.getStateTransition()));
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        TaggedRateLimiterMetrics.ofRateLimiterRegistry(limiters).bindTo(meters);
    }

    /** Runs the call under the guard; the call's own exceptions come out after the retries. */
    public void run(Runnable call) {
        Runnable guarded = Retry.decorateRunnable(retry,
                CircuitBreaker.decorateRunnable(circuitBreaker, RateLimiter.decorateRunnable(rateLimiter, call)));
        try {
            guarded.run();
        } catch (CallNotPermittedException e) {
            throw new ChannelBusyException("Circuit ouvert : le fournisseur échoue, nouvel essai plus tard",
                    openDuration);
        } catch (RequestNotPermitted e) {
            throw new ChannelBusyException("Limite de débit du fournisseur atteinte", Duration.ofSeconds(1));
        }
    }

    public CircuitBreaker.State state() {
        return circuitBreaker.getState();
    }

    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }
}
