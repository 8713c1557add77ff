package fr.heurecivique.identity.passwords;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A set-password link that was used: its token id is the document id, whose unique index makes a second use fail
 * even when two requests race. Kept until the link would have expired anyway (TTL index on a real MongoDB).
 *
 * @param id        the token's id ({@code jti})
 * @param accountId the account whose password it set
 * @param usedAt    when it was used
 * @param expiresAt when it would have expired
 */
@Document("used_password_links")
record UsedLink(@Id String id, String accountId, Instant usedAt,
        @Indexed(name = "expires_at_ttl", expireAfter = "0s") Instant expiresAt) {
}
