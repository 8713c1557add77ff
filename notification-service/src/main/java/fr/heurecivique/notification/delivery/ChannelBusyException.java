package fr.heurecivique.notification.delivery;

import java.time.Duration;

/**
 * A channel does not take messages right now (its circuit breaker is open after repeated failures, or its rate
 * limit is reached): the message waits, and the wait does not count as a failed attempt.
 */
public class ChannelBusyException extends RuntimeException {

    private final Duration retryAfter;

    public ChannelBusyException(String reason, Duration retryAfter) {
        super(reason);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
