package fr.heurecivique.notification.delivery;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.notification.NotificationFailed;
import fr.heurecivique.contracts.notification.NotificationSent;
import fr.heurecivique.defaults.lease.Lease;
import fr.heurecivique.defaults.outbox.OutboxAggregate;
import fr.heurecivique.defaults.web.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One message to one recipient on one channel, because of one event. Its {@code deduplicationKey} (event, recipient,
 * channel) is unique, so a redelivered event can never create a second message.
 */
@Document("deliveries")
public class Delivery extends OutboxAggregate {

    @Id
    private String id;
    @Indexed(unique = true, name = "deduplication_key_unique")
    private String deduplicationKey;
    private String sourceEventId;
    private String recipientType;
    private String recipientId;
    /** Lower-cased email address or E.164 phone: the delivery log is searched by it. */
    @Indexed(name = "address")
    private String address;
    private Channel channel;
    private String template;
    private String subject;
    private String textBody;
    private String htmlBody;
    private DeliveryStatus status;
    private String statusReason;
    private int attempts;
    private Instant createdAt;
    private Instant nextAttemptAt;
    private Instant sentAt;
    /** The provider that took the message (smtp, brevo, log…). */
    private String provider;
    /** Held by the instance sending it ({@link DeliveryDispatcher}), released by the save that records the outcome. */
    private Lease dispatchLease;
    /** Files attached to an email (a roster's CSV). */
    private List<Attachment> attachments = List.of();
    /** The body holds a secret for the recipient (a set-password link): forgotten once sent. */
    private boolean secret;
    /** What must still hold when the message leaves; checked again before each attempt. */
    private StillTrue stillTrue;
    /** The address to send to when it differs from the stored one (fetched at send time, never stored). */
    @Transient
    private String sendingAddress;

    /** What an erased recipient's address becomes. */
    public static final String ERASED = "effacé";

    protected Delivery() {
        // for the mapping
    }

    /**
     * A message to send at {@code dueAt} (now, or later for a reminder), or as soon after as its channel allows:
     * {@link DeliveryStatus#DEFERRED} to {@code allowedAt} when that is later (SMS quiet hours).
     */
    public static Delivery toSend(String sourceEventId, Recipient recipient, Channel channel, Message message,
            Instant now, Instant dueAt, Instant allowedAt) {
        Delivery delivery = create(sourceEventId, recipient, channel, message, now);
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = dueAt;
        if (dueAt.isAfter(now)) {
            delivery.statusReason = "Programmé";
        }
        if (allowedAt.isAfter(dueAt)) {
            delivery.defer(allowedAt);
        }
        return delivery;
    }

    /** A message that will not be sent, and why (in French: staff read the delivery log). */
    public static Delivery suppressed(String sourceEventId, Recipient recipient, Channel channel, Message message,
            String reason, Instant now) {
        Delivery delivery = create(sourceEventId, recipient, channel, message, now);
        delivery.status = DeliveryStatus.SUPPRESSED;
        delivery.statusReason = reason;
        return delivery;
    }

    private static Delivery create(String sourceEventId, Recipient recipient, Channel channel, Message message,
            Instant now) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID().toString();
        delivery.sourceEventId = sourceEventId;
        delivery.recipientType = recipient.type();
        delivery.recipientId = recipient.id();
        delivery.address = recipient.address();
        delivery.channel = channel;
        // One message per (event, recipient, channel, template): an event may cause two messages on one channel
        // (a booking: its confirmation now, its reminder the day before), never the same one twice.
        delivery.deduplicationKey = sourceEventId + "|" + recipient.type() + ":" + recipient.id() + "|" + channel + "|"
                + message.template();
        delivery.template = message.template();
        delivery.subject = message.subject();
        delivery.textBody = message.text();
        delivery.htmlBody = message.html();
        delivery.attachments = List.copyOf(message.attachments());
        delivery.secret = message.secret();
        delivery.stillTrue = message.stillTrue();
        delivery.createdAt = now;
        return delivery;
    }

    /** Held back until {@code until} (SMS quiet hours); not an attempt. */
    public void defer(Instant until) {
        requireDispatchable();
        status = DeliveryStatus.DEFERRED;
        statusReason = "Pas de SMS la nuit : envoi différé à la fin des heures calmes";
        nextAttemptAt = until;
        release();
    }

    /** The channel does not take messages right now (open circuit, rate limit): wait, without counting an attempt. */
    public void postpone(Instant until, String reason) {
        requireDispatchable();
        statusReason = reason;
        nextAttemptAt = until;
        release();
    }

    /** The provider accepted the message. */
    public void sent(String byProvider, Instant now) {
        requireDispatchable();
        attempts++;
        provider = byProvider;
        status = DeliveryStatus.SENT;
        statusReason = null;
        sentAt = now;
        nextAttemptAt = null;
        release();
        if (secret) {
            textBody = null;
            htmlBody = null;
        }
        record(EventCatalog.NOTIFICATION_SENT, new NotificationSent(id, sourceEventId, recipientType, recipientId, channel.name(), template, attempts, now));
    }

    /**
     * An attempt failed: try again after a back-off that doubles each time, or give up after {@code maxAttempts}.
     *
     * @param reason the provider's reason (no personal data)
     */
    public void attemptFailed(String reason, Instant now, RetryPolicy policy) {
        requireDispatchable();
        attempts++;
        statusReason = reason;
        release();
        if (attempts >= policy.maxAttempts()) {
            giveUp(now);
        } else {
            status = DeliveryStatus.PENDING;
            nextAttemptAt = now.plus(policy.backoffAfter(attempts));
        }
    }

    /** The provider refused this very message (invalid address or number): given up at once, no retry storm. */
    public void refused(String reason, Instant now) {
        requireDispatchable();
        attempts++;
        statusReason = reason;
        release();
        giveUp(now);
    }

    private void giveUp(Instant now) {
        status = DeliveryStatus.FAILED;
        nextAttemptAt = null;
        record(EventCatalog.NOTIFICATION_FAILED, new NotificationFailed(id, sourceEventId, recipientType, recipientId,
                channel.name(), template, attempts, statusReason, now));
    }

    /** A message that is no longer wanted before it went (a reminder of a session the volunteer left). */
    public void cancel(String reason) {
        requireDispatchable();
        status = DeliveryStatus.SUPPRESSED;
        statusReason = reason;
        nextAttemptAt = null;
        release();
    }

    /** The recipient exercised their right to erasure: their address and the message's content are forgotten. */
    public void forgetRecipient() {
        if (status == DeliveryStatus.PENDING || status == DeliveryStatus.DEFERRED) {
            status = DeliveryStatus.SUPPRESSED;
            nextAttemptAt = null;
            release();
        }
        statusReason = status == DeliveryStatus.SUPPRESSED ? "Destinataire effacé (RGPD)" : statusReason;
        address = ERASED;
        subject = null;
        textBody = null;
        htmlBody = null;
        attachments = List.of();
    }

    /** An operator sends a failed message again (once the cause is fixed): a fresh retry budget. */
    public void resend(Instant now) {
        if (status != DeliveryStatus.FAILED) {
            throw new StateConflictException("Seul un message en échec peut être renvoyé ; celui-ci est "
                    + status + ".");
        }
        status = DeliveryStatus.PENDING;
        statusReason = "Renvoi demandé par un opérateur";
        attempts = 0;
        nextAttemptAt = now;
    }

    private void requireDispatchable() {
        if (status != DeliveryStatus.PENDING && status != DeliveryStatus.DEFERRED) {
            throw new IllegalStateException("Delivery " + id + " is " + status + ", not waiting to be sent");
        }
    }

    private void release() {
        dispatchLease = null;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public String address() {
        return address;
    }

    /**
     * Where the channel sends this message: the stored address, or the one fetched just before sending for a
     * recipient whose contact is only stored masked (a beneficiary, an association's contact).
     */
    public String sendingAddress() {
        return sendingAddress != null ? sendingAddress : address;
    }

    /** Sends to an address fetched just now; the log keeps it masked ("+33 6•• ••• •78", "c•••@exemple.fr"). */
    void sendTo(String resolvedAddress) {
        this.sendingAddress = resolvedAddress;
        this.address = mask(resolvedAddress);
    }

    /**
     * The recipient's current address, from the contact directory (which stores it anyway): a volunteer who changed
     * their number since the message was recorded gets it on the new one, and the log says so.
     */
    void readdress(String currentAddress) {
        this.sendingAddress = null;
        if (!currentAddress.equalsIgnoreCase(address)) {
            this.address = currentAddress.toLowerCase(java.util.Locale.ROOT);
        }
    }

    public StillTrue stillTrue() {
        return stillTrue;
    }

    static String mask(String address) {
        int at = address.indexOf('@');
        if (at > 0) {
            return address.charAt(0) + "•••" + address.substring(at);
        }
        return address.length() <= 6 ? "•••" : address.substring(0, 4) + "•••" + address.substring(address.length() - 2);
    }

    public Channel channel() {
        return channel;
    }

    public String template() {
        return template;
    }

    public String subject() {
        return subject;
    }

    public String textBody() {
        return textBody;
    }

    public String htmlBody() {
        return htmlBody;
    }

    public List<Attachment> attachments() {
        return attachments == null ? List.of() : attachments;
    }

    public DeliveryStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public int attempts() {
        return attempts;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public String recipientType() {
        return recipientType;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String provider() {
        return provider;
    }

    public String recipientId() {
        return recipientId;
    }

    /**
     * How failed attempts are retried.
     *
     * @param maxAttempts    attempts before giving up
     * @param initialBackoff pause after the first failure, doubled after each next one
     * @param maxBackoff     longest pause
     */
    public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

        Duration backoffAfter(int failedAttempts) {
            Duration backoff = initialBackoff.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
            return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
        }
    }
}
