package fr.heurecivique.defaults.kafka;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps trying to declare the topics when Kafka was unreachable at start-up ({@link KafkaAdmin} tries only once):
 * a service may start before the broker and must still create its topics once the broker is there.
 */
public final class TopicsInitializer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicsInitializer.class);

    private final KafkaAdmin admin;
    private final boolean hasTopics;
    private volatile boolean declared;
    private volatile boolean running;
    private ScheduledExecutorService retries;

    TopicsInitializer(KafkaAdmin admin, boolean hasTopics) {
        this.admin = admin;
        this.hasTopics = hasTopics;
    }

    /** Declares the topics now if they were not yet; {@code true} when they are. */
    synchronized boolean ensureTopics() {
        if (!declared && hasTopics) {
            try {
                declared = admin.initialize();
            } catch (RuntimeException e) {
                log.warn("Kafka topics not declared yet: {}", e.getClass().getSimpleName());
            }
        }
        return declared || !hasTopics;
    }

    @Override
    public void start() {
        running = true;
        // Normally the broker is there: declare synchronously, before the listener containers start.
        if (ensureTopics()) {
            return;
        }
        retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kafka-topics-initializer");
            thread.setDaemon(true);
            return thread;
        });
        retries.scheduleWithFixedDelay(() -> {
            if (ensureTopics()) {
                log.info("Kafka topics declared");
                retries.shutdown();
            }
        }, 10, 10, TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        running = false;
        if (retries != null) {
            retries.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Before the listener containers start, so that their topics exist.
        return Integer.MIN_VALUE + 1000;
    }
}
