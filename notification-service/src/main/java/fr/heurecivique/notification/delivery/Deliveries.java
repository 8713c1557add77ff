package fr.heurecivique.notification.delivery;

import fr.heurecivique.defaults.lifecycle.PollingWorker;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Records the messages to send and answers the delivery log. */
@Service
public class Deliveries {

    private final DeliveryRepository repository;
    private final PollingWorker dispatcher;
    private final Clock clock;

    Deliveries(DeliveryRepository repository, @Qualifier("deliveryDispatcherWorker") PollingWorker dispatcher,
            Clock clock) {
        this.repository = repository;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /**
     * Records a message for sending, once per (event, recipient, channel).
     *
     * @return {@code false} if that message was recorded before (a redelivered event)
     */
    public boolean request(String sourceEventId, Recipient recipient, Channel channel, Message message) {
        return record(Delivery.toSend(sourceEventId, recipient, channel, message, clock.instant()));
    }

    /** Records a message that will not be sent, with the reason (e.g. no consent for the channel). */
    public boolean suppress(String sourceEventId, Recipient recipient, Channel channel, Message message,
            String reason) {
        return record(Delivery.suppressed(sourceEventId, recipient, channel, message, reason, clock.instant()));
    }

    private boolean record(Delivery delivery) {
        try {
            repository.insert(delivery);
        } catch (DuplicateKeyException alreadyRecorded) {
            return false;
        }
        dispatcher.signal();
        return true;
    }

    /** The messages sent to an address (email or phone), newest first. */
    List<Delivery> forAddress(String address) {
        return repository.findByAddressOrderByCreatedAtDesc(address.strip().toLowerCase(Locale.ROOT));
    }
}
