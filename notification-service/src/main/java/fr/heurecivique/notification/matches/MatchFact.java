package fr.heurecivique.notification.matches;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where a match stands, as its latest event says: a message about it (a proposal, "X viendra vous aider") is checked
 * against it just before it leaves. Ids and codes only.
 *
 * @param id      the match id
 * @param version the match's version this reflects
 * @param needId  its need
 * @param status  {@code PROPOSED}, {@code ACCEPTED}, {@code CANCELLED}…
 */
@Document("match_facts")
public record MatchFact(@Id String id, long version, String needId, String status) {
}
