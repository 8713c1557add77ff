package fr.heurecivique.notification.delivery;

import fr.heurecivique.defaults.lifecycle.PollingWorker;
import fr.heurecivique.defaults.outbox.AggregateStore;
import fr.heurecivique.defaults.web.ResourceNotFoundException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Records the messages to send, answers the delivery log, and lets an operator send a failed message again. */
@Service
public class Deliveries {

    static final String COLLECTION = "deliveries";

    private final DeliveryRepository repository;
    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final PollingWorker dispatcher;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final Clock clock;

    Deliveries(DeliveryRepository repository, MongoTemplate mongo, AggregateStore store,
            @Qualifier("deliveryDispatcherWorker") PollingWorker dispatcher, List<ChannelSender> senders,
            Clock clock) {
        this.repository = repository;
        this.mongo = mongo;
        this.store = store;
        this.dispatcher = dispatcher;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.clock = clock;
    }

    /**
     * Records a message for sending, once per (event, recipient, channel): at once, or deferred when its channel is
     * in quiet hours.
     *
     * @return {@code false} if that message was recorded before (a redelivered event)
     */
    public boolean request(String sourceEventId, Recipient recipient, Channel channel, Message message) {
        return requestAt(sourceEventId, recipient, channel, message, clock.instant());
    }

    /** Records a message to send at {@code dueAt} (a reminder), or as soon after as its channel allows. */
    public boolean requestAt(String sourceEventId, Recipient recipient, Channel channel, Message message,
            Instant dueAt) {
        Instant now = clock.instant();
        Instant due = dueAt.isBefore(now) ? now : dueAt;
        return record(Delivery.toSend(sourceEventId, recipient, channel, message, now, due,
                senders.get(channel).nextAllowed(due)));
    }

    /** Cancels the recipient's messages of {@code template} that have not gone yet (e.g. a superseded reminder). */
    public void cancelPending(String recipientType, String recipientId, String template, String reason) {
        Query pending = Query.query(Criteria.where("recipientType").is(recipientType).and("recipientId")
                .is(recipientId).and("template").is(template).and("status")
                .in(DeliveryStatus.PENDING, DeliveryStatus.DEFERRED));
        for (Delivery delivery : mongo.find(pending, Delivery.class)) {
            delivery.cancel(reason);
            store.save(delivery);
        }
    }

    /** The recipient's right to erasure: their address and the content of their messages are forgotten. */
    public void forgetRecipient(String recipientType, String recipientId) {
        Query theirs = Query.query(Criteria.where("recipientType").is(recipientType).and("recipientId")
                .is(recipientId).and("address").ne(Delivery.ERASED));
        for (Delivery delivery : mongo.find(theirs, Delivery.class)) {
            delivery.forgetRecipient();
            store.save(delivery);
        }
    }

    /** Records a message that will not be sent, with the reason (e.g. no consent for the channel). */
    public boolean suppress(String sourceEventId, Recipient recipient, Channel channel, Message message,
            String reason) {
        return record(Delivery.suppressed(sourceEventId, recipient, channel, message, reason, clock.instant()));
    }

    private boolean record(Delivery delivery) {
        try {
            store.insert(delivery);
        } catch (DuplicateKeyException alreadyRecorded) {
            return false;
        }
        dispatcher.signal();
        return true;
    }

    /** The delivery log, newest first, filtered by any of recipient address, source event and status. */
    DeliveryPage search(String recipient, String sourceEventId, DeliveryStatus status, int page, int size) {
        Criteria criteria = new Criteria();
        if (recipient != null && !recipient.isBlank()) {
            criteria.and("address").is(recipient.strip().toLowerCase(Locale.ROOT));
        }
        if (sourceEventId != null && !sourceEventId.isBlank()) {
            criteria.and("sourceEventId").is(sourceEventId.strip());
        }
        if (status != null) {
            criteria.and("status").is(status);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, Delivery.class);
        List<Delivery> items = mongo.find(query.with(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC,
                "createdAt"))), Delivery.class);
        return new DeliveryPage(items.stream().map(DeliveryView::of).toList(), page, size, total,
                (int) ((total + size - 1) / size));
    }

    Delivery get(String id) {
        return repository.findById(id)
                .orElseThrow(() -> new ResourceNotFoundException("Aucun message n’a cet identifiant."));
    }

    /** Sends a FAILED message again, with a fresh retry budget. */
    Delivery resend(String id) {
        Delivery delivery = get(id);
        delivery.resend(clock.instant());
        Delivery saved = store.save(delivery);
        dispatcher.signal();
        return saved;
    }
}
