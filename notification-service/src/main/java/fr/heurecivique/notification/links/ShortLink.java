package fr.heurecivique.notification.links;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A short link as stored: neither its token nor its target in clear. The id is a hash of the token; the target (a
 * signed link, itself a bearer secret) is encrypted with a key derived from the token. Whoever reads the database
 * cannot follow a link without its token, which only the SMS holds.
 *
 * @param id        SHA-256 of the token (hex)
 * @param sealed    the target, AES-GCM encrypted under a key derived from the token (base64 of IV + ciphertext)
 * @param expiresAt when the link stops working: when its target does
 */
@Document("short_links")
record ShortLink(@Id String id, String sealed,
        @Indexed(name = "expires_at_ttl", expireAfter = "0s") Instant expiresAt) {
}
