package fr.heurecivique.defaults.links;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Tokens for the links in emails and SMS (accept a match, change one's preferences…), so that a person can act from
 * their phone without logging in: a token names its purpose and subject, expires, carries a unique id (so that the
 * service acting on it can refuse a second use, see {@link UsedLinks}), and is signed with HMAC-SHA256 under a
 * secret the services share ({@code heure-civique.links.secret}). It is opaque, URL-safe, and holds no personal data.
 */
public final class SignedLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Clock clock;

    public SignedLinks(String secret, Clock clock) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("heure-civique.links.secret must have at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = clock;
    }

    /**
     * Links signed with a key of one service's own rather than the shared secret (identity-service's set-password
     * links: no other service can make one).
     *
     * @param key at least 32 bytes
     */
    public SignedLinks(byte[] key, Clock clock) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("A link key must have at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.clock = clock;
    }

    /** A token for {@code purpose} (e.g. {@code match-accept}) about {@code subject}, valid for {@code validity}. */
    public String issue(String purpose, String subject, Duration validity) {
        return issue(purpose, subject, clock.instant().plus(validity));
    }

    /** A token for {@code purpose} about {@code subject}, valid until {@code expiresAt} (to the second, floored). */
    public String issue(String purpose, String subject, Instant expiresAt) {
        if (purpose.contains("|") || subject.contains("|")) {
            throw new IllegalArgumentException("Purpose and subject may not contain '|'");
        }
        String payload = purpose + "|" + subject + "|" + expiresAt.getEpochSecond() + "|" + UUID.randomUUID();
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(sign(body));
    }

    /**
     * The link's content if the token is genuine, for {@code purpose}, and not expired.
     *
     * @throws InvalidLinkException otherwise, saying why
     */
    public Link verify(String token, String purpose) {
        if (token == null) {
            throw new InvalidLinkException(InvalidLinkException.Reason.INVALID);
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 2) {
            throw new InvalidLinkException(InvalidLinkException.Reason.INVALID);
        }
        byte[] body;
        byte[] signature;
        try {
            body = DECODER.decode(parts[0]);
            signature = DECODER.decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new InvalidLinkException(InvalidLinkException.Reason.INVALID);
        }
        if (!MessageDigest.isEqual(sign(body), signature)) {
            throw new InvalidLinkException(InvalidLinkException.Reason.INVALID);
        }
        String[] fields = new String(body, StandardCharsets.UTF_8).split("\\|", -1);
        if (fields.length != 4 || !fields[0].equals(purpose)) {
            throw new InvalidLinkException(InvalidLinkException.Reason.INVALID);
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(fields[2]));
        if (!clock.instant().isBefore(expiresAt)) {
            throw new InvalidLinkException(InvalidLinkException.Reason.EXPIRED);
        }
        return new Link(fields[0], fields[1], fields[3], expiresAt);
    }

    private byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A verified link.
     *
     * @param purpose   what it is for
     * @param subject   what it is about (a match id, a volunteer id…)
     * @param id        its unique id, to refuse a second use
     * @param expiresAt when it expires
     */
    public record Link(String purpose, String subject, String id, Instant expiresAt) {
    }
}
