package fr.heurecivique.notification.sms;

import fr.heurecivique.notification.delivery.Channel;
import fr.heurecivique.notification.delivery.ChannelSender;
import fr.heurecivique.notification.delivery.Delivery;
import fr.heurecivique.notification.delivery.ProviderGuard;
import fr.heurecivique.notification.delivery.SendingFailedException;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Instant;

/** Sends SMS through the configured provider, under a {@link ProviderGuard}. */
final class SmsSender implements ChannelSender {

    private final SmsProvider provider;
    private final ProviderGuard guard;
    private final QuietHours quietHours;

    SmsSender(SmsProvider provider, SmsProperties properties, MeterRegistry meters) {
        this.provider = provider;
        this.quietHours = properties.quietHours().toQuietHours();
        this.guard = new ProviderGuard("sms-" + provider.name(), properties.guard(),
                SmsUnavailableException.class::isInstance, meters);
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public String provider() {
        return provider.name();
    }

    /** No SMS during the quiet hours: the message waits for their end. */
    @Override
    public Instant nextAllowed(Instant now) {
        return quietHours.nextAllowed(now);
    }

    @Override
    public void send(Delivery delivery) {
        try {
            guard.run(() -> provider.send(delivery.sendingAddress(), delivery.textBody()));
        } catch (SmsRefusedException e) {
            throw new SendingFailedException(e.getMessage(), true, e);
        } catch (SmsUnavailableException e) {
            throw new SendingFailedException(e.getMessage(), false, e);
        }
    }

    ProviderGuard guard() {
        return guard;
    }
}
