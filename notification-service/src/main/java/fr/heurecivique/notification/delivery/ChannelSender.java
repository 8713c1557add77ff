package fr.heurecivique.notification.delivery;

import java.time.Instant;

/** Delivers messages of one channel through its provider. */
public interface ChannelSender {

    Channel channel();

    /** The provider's name, recorded with each message it takes. */
    String provider();

    /** When a message may go: {@code now}, unless the channel has quiet hours (SMS at night). */
    default Instant nextAllowed(Instant now) {
        return now;
    }

    /**
     * Hands the delivery's message to the provider.
     *
     * @throws SendingFailedException when it failed (permanently or not)
     * @throws ChannelBusyException when the channel does not take messages right now
     */
    void send(Delivery delivery);
}
