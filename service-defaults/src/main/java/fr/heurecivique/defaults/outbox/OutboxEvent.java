package fr.heurecivique.defaults.outbox;

import java.time.Instant;

/**
 * An event waiting in its aggregate's document ({@code pendingEvents} array) to be published by the
 * {@link OutboxRelay}. It is written in the same single-document write as the change it describes, so a change is
 * never saved without its events, nor an event sent for a change that was not saved.
 *
 * @param eventId          the CloudEvents id ({@code ce_id}); the same on every (re)publication (not named {@code id},
 *                         which Spring Data would store as {@code _id})
 * @param type             the CloudEvents type, e.g. {@code fr.heurecivique.volunteer.registered.v1}; {@code null}
 *                         for a tombstone
 * @param topic            the destination topic
 * @param key              the record key: the aggregate id
 * @param subject          the CloudEvents subject
 * @param source           the CloudEvents source, e.g. {@code /heure-civique/volunteer-service}
 * @param time             when the change happened
 * @param aggregateVersion the aggregate's version after the change
 * @param data             the event data, as JSON; {@code null} for a tombstone (published as a null record value)
 * @param traceparent      the W3C trace context of the request that caused the change, so that consumers continue
 *                         its trace although the relay publishes later; {@code null} outside a trace
 */
public record OutboxEvent(String eventId, String type, String topic, String key, String subject, String source,
        Instant time, long aggregateVersion, String data, String traceparent) {
}
