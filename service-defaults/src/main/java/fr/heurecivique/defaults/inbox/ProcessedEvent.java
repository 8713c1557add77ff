package fr.heurecivique.defaults.inbox;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A consumed event that a consumer has applied; unique per (consumer, event id). */
@Document(IdempotentConsumer.COLLECTION)
record ProcessedEvent(@Id String id, String consumer, String eventId, String type, Instant processedAt) {
}
