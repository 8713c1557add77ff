package fr.heurecivique.notification.delivery;

import fr.heurecivique.defaults.lifecycle.PollingWorker;
import fr.heurecivique.defaults.outbox.OutboxEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Sends the messages that are due, one claimed at a time: a claim ({@code findAndModify} setting a lease) makes
 * sure that two instances never send the same message; a lease left by a crashed instance expires and the message
 * is taken over. Failed attempts are retried later with back-off, per message, so a provider outage delays messages
 * and never loses them.
 */
@Component
class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final int BATCH = 50;

    private final MongoTemplate mongo;
    private final DeliveryRepository deliveries;
    private final EmailSender email;
    private final OutboxEvents events;
    private final NotificationProperties properties;
    private final Clock clock;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final PollingWorker worker;

    DeliveryDispatcher(MongoTemplate mongo, DeliveryRepository deliveries, EmailSender email, OutboxEvents events,
            NotificationProperties properties, Clock clock) {
        this.mongo = mongo;
        this.deliveries = deliveries;
        this.email = email;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.worker = new PollingWorker("notification-dispatcher", properties.pollInterval(),
                properties.pollInterval().multipliedBy(30), Integer.MAX_VALUE - 2000, this::dispatchDue);
    }

    PollingWorker worker() {
        return worker;
    }

    /** Sends a batch of due messages; always {@code true}: failures are scheduled per message. */
    boolean dispatchDue() {
        for (int i = 0; i < BATCH; i++) {
            Delivery due = claimNext();
            if (due == null) {
                break;
            }
            dispatch(due);
        }
        return true;
    }

    private Delivery claimNext() {
        Instant now = clock.instant();
        Query due = Query.query(Criteria.where("status").is(DeliveryStatus.PENDING).and("nextAttemptAt").lte(now)
                .orOperator(Criteria.where("claimedUntil").exists(false), Criteria.where("claimedUntil").lt(now)));
        Update claim = new Update().set("claimedBy", owner).set("claimedUntil", now.plus(properties.leaseDuration()));
        return mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true), Delivery.class);
    }

    private void dispatch(Delivery delivery) {
        try {
            if (delivery.channel() != Channel.EMAIL) {
                throw new SendingFailedException("No provider for channel " + delivery.channel() + " yet", null);
            }
            email.send(delivery);
            delivery.sent(clock.instant(), events);
            log.info("Sent {} {} ({}) after {} attempt(s)", delivery.channel(), delivery.id(), delivery.template(),
                    delivery.attempts());
        } catch (SendingFailedException e) {
            failed(delivery, e.getMessage());
        } catch (RuntimeException e) {
            // Not the provider's refusal but still a failed attempt: counted, so that it cannot retry forever.
            failed(delivery, e.getClass().getSimpleName());
        }
        deliveries.save(delivery);
    }

    private void failed(Delivery delivery, String reason) {
        delivery.attemptFailed(reason, clock.instant(), properties.retryPolicy(), events);
        log.warn("Sending {} {} failed (attempt {}, now {}): {}", delivery.channel(), delivery.id(),
                delivery.attempts(), delivery.status(), reason);
    }
}
