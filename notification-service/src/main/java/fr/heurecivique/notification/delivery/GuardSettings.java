package fr.heurecivique.notification.delivery;

import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Resilience around one provider: a few quick retries of a transient failure, a circuit breaker that stops calling
 * a failing provider for a while, and a rate limit.
 *
 * @param retryAttempts        calls per sending attempt (the first included)
 * @param retryWait            pause between them
 * @param failureRateThreshold percentage of failed calls that opens the circuit
 * @param slidingWindowSize    calls over which the failure rate is computed
 * @param minimumCalls         calls before the failure rate counts
 * @param openDuration         how long an open circuit refuses calls before letting a few through
 * @param callsPerSecond       rate limit of calls to the provider
 */
public record GuardSettings(
        @DefaultValue("3") int retryAttempts,
        @DefaultValue("500ms") Duration retryWait,
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("10") int slidingWindowSize,
        @DefaultValue("5") int minimumCalls,
        @DefaultValue("30s") Duration openDuration,
        @DefaultValue("10") int callsPerSecond) {
}
