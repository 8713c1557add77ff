package fr.heurecivique.notification.delivery;

import fr.heurecivique.defaults.lease.LeaseClaims;
import fr.heurecivique.defaults.lifecycle.PollingWorker;
import fr.heurecivique.defaults.outbox.AggregateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends the messages that are due, one claimed at a time: a claim ({@link LeaseClaims}: a {@code findAndModify}
 * setting the {@code dispatchLease}) makes sure that two instances never send the same message; a lease left by a crashed instance expires and the message
 * is taken over. Each outcome is recorded on the message: sent; deferred (SMS quiet hours); postponed (the
 * provider's circuit is open or its rate limit reached — not an attempt); failed and retried later with back-off;
 * or given up (refused by the provider, or after the retry budget). A provider outage delays messages and never
 * loses them.
 */
@Component
class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final int BATCH = 50;

    private final LeaseClaims leases;
    private final AggregateStore deliveries;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final NotificationProperties properties;
    private final Clock clock;
    private final PollingWorker worker;
    private final List<SendTimeAddresses> sendTimeAddresses;
    private final List<DeliveryConditions> conditions;

    DeliveryDispatcher(MongoTemplate mongo, AggregateStore deliveries, List<ChannelSender> senders,
            NotificationProperties properties, Clock clock,
            List<SendTimeAddresses> sendTimeAddresses, List<DeliveryConditions> conditions) {
        this.leases = new LeaseClaims(mongo, clock, "dispatchLease");
        this.conditions = List.copyOf(conditions);
        this.sendTimeAddresses = List.copyOf(sendTimeAddresses);
        this.deliveries = deliveries;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
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
        Criteria due = Criteria.where("status").in(DeliveryStatus.PENDING, DeliveryStatus.DEFERRED)
                .and("nextAttemptAt").lte(clock.instant());
        return leases.claim(due, properties.leaseDuration(), Delivery.class, Deliveries.COLLECTION);
    }

    private void dispatch(Delivery delivery) {
        ChannelSender sender = senders.get(delivery.channel());
        Instant now = clock.instant();
        Instant allowed = sender.nextAllowed(now);
        if (allowed.isAfter(now)) {
            delivery.defer(allowed);
            deliveries.save(delivery);
            return;
        }
        Optional<String> untrue = noLongerTrue(delivery);
        if (untrue.isPresent()) {
            delivery.cancel(untrue.get());
            deliveries.save(delivery);
            log.info("Suppressed {} {} ({}): no longer true", delivery.channel(), delivery.id(), delivery.template());
            return;
        }
        try {
            for (SendTimeAddresses addresses : sendTimeAddresses) {
                if (addresses.handles(delivery.recipientType())) {
                    String address = addresses.resolve(delivery);
                    if (addresses.masked()) {
                        delivery.sendTo(address);
                    } else {
                        delivery.readdress(address);
                    }
                }
            }
            sender.send(delivery);
            delivery.sent(sender.provider(), clock.instant());
            log.info("Sent {} {} ({}) after {} attempt(s)", delivery.channel(), delivery.id(), delivery.template(),
                    delivery.attempts());
        } catch (RecipientUnreachableException e) {
            delivery.cancel(e.getMessage());
            log.info("Suppressed {} {} ({}): the recipient cannot be reached", delivery.channel(), delivery.id(),
                    delivery.template());
        } catch (ChannelBusyException e) {
            delivery.postpone(clock.instant().plus(e.retryAfter()), e.getMessage());
        } catch (SendingFailedException e) {
            if (e.permanent()) {
                delivery.refused(e.getMessage(), clock.instant());
            } else {
                delivery.attemptFailed(e.getMessage(), clock.instant(), properties.retryPolicy());
            }
            logFailure(delivery);
        } catch (RuntimeException e) {
            // Not the provider's answer but still a failed attempt: counted, so that it cannot retry forever.
            delivery.attemptFailed(e.getClass().getSimpleName(), clock.instant(), properties.retryPolicy());
            logFailure(delivery);
        }
        deliveries.save(delivery);
    }

    /** Whether what the message says still holds, just before it leaves (it may have waited all night). */
    private Optional<String> noLongerTrue(Delivery delivery) {
        if (delivery.stillTrue() == null) {
            return Optional.empty();
        }
        for (DeliveryConditions condition : conditions) {
            Optional<String> why = condition.whyNoLongerTrue(delivery.stillTrue());
            if (why.isPresent()) {
                return why;
            }
        }
        return Optional.empty();
    }

    private static void logFailure(Delivery delivery) {
        log.warn("Sending {} {} failed (attempt {}, now {}): {}", delivery.channel(), delivery.id(),
                delivery.attempts(), delivery.status(), delivery.statusReason());
    }
}
