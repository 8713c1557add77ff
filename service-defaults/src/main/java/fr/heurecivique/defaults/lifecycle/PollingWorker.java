package fr.heurecivique.defaults.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A background thread that runs a round of work again and again: after {@code pollInterval}, or at once when
 * {@link #signal() signalled}; after a failed round (the round answers {@code false} or throws) it backs off,
 * doubling the pause up to {@code maxBackoff}. Used by the outbox relay and by notification dispatch, whose work
 * lives in MongoDB: a stopped worker loses nothing, the next start picks the work up.
 */
public final class PollingWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PollingWorker.class);

    private final String name;
    private final Duration pollInterval;
    private final Duration maxBackoff;
    private final int phase;
    private final BooleanSupplier round;
    private final Object monitor = new Object();

    private volatile boolean running;
    private boolean signalled;
    private Thread thread;

    /**
     * @param name         the thread's name
     * @param pollInterval pause between successful rounds when nothing signals
     * @param maxBackoff   longest pause after failed rounds
     * @param phase        the {@link SmartLifecycle} phase
     * @param round        one round of work; {@code false} when it failed and should be retried after a back-off
     */
    public PollingWorker(String name, Duration pollInterval, Duration maxBackoff, int phase, BooleanSupplier round) {
        this.name = name;
        this.pollInterval = pollInterval;
        this.maxBackoff = maxBackoff;
        this.phase = phase;
        this.round = round;
    }

    /** Runs the next round now rather than at the next poll (unless backing off after a failure). */
    public void signal() {
        synchronized (monitor) {
            signalled = true;
            monitor.notifyAll();
        }
    }

    private void loop() {
        Duration backoff = pollInterval;
        while (running) {
            boolean succeeded;
            try {
                succeeded = round.getAsBoolean();
            } catch (RuntimeException e) {
                log.warn("{} round failed: {}", name, e.getClass().getSimpleName());
                succeeded = false;
            }
            if (succeeded) {
                backoff = pollInterval;
                pause(pollInterval, true);
            } else {
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
                pause(backoff, false);
            }
        }
    }

    private void pause(Duration delay, boolean wakeOnSignal) {
        synchronized (monitor) {
            long deadline = System.nanoTime() + delay.toNanos();
            try {
                while (running && !(wakeOnSignal && signalled)) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    TimeUnit.NANOSECONDS.timedWait(monitor, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
            signalled = false;
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        signal();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return phase;
    }
}
