package fr.heurecivique.contracts.volunteer;

import java.time.Instant;

/**
 * The volunteer exercised their right to erasure ({@code fr.heurecivique.volunteer.erased.v1}): volunteer-service
 * holds nothing about them any more, and a tombstone with the same key follows on {@code volunteer.events}. Every
 * consumer deletes or anonymises what it holds about this volunteer. Carries no personal data.
 *
 * @param volunteerId the erased volunteer's id (also the record key)
 * @param erasedAt    when the data was erased
 */
public record VolunteerErased(String volunteerId, Instant erasedAt) {
}
