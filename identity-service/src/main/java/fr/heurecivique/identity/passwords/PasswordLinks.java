package fr.heurecivique.identity.passwords;

import com.nimbusds.jose.jwk.OctetSequenceKey;
import fr.heurecivique.defaults.links.InvalidLinkException;
import fr.heurecivique.defaults.links.SignedLinks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The tokens of set-password links: the platform's signed links ({@link SignedLinks}) for the purpose
 * {@code set-password}, naming the account, expiring, each with its own id so that it can be used once
 * ({@link fr.heurecivique.defaults.links.UsedLinks}). They are signed with a key that only identity-service holds
 * (not the secret the services share for their own links), so no other service can make one.
 */
public final class PasswordLinks {

    static final String PURPOSE = "set-password";

    private final SignedLinks links;
    private final Duration validity;
    private final Clock clock;

    public PasswordLinks(OctetSequenceKey key, Duration validity, Clock clock) {
        this.links = new SignedLinks(key.toByteArray(), clock);
        this.validity = validity;
        this.clock = clock;
    }

    /** A new link token for the account, valid from now for the configured time. */
    public IssuedLink issue(String accountId) {
        // The token's times are whole seconds: the link's expiry as announced is the one the token holds.
        Instant expiresAt = clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(validity);
        return new IssuedLink(links.issue(PURPOSE, accountId, expiresAt), expiresAt);
    }

    /**
     * Reads a link token: its id and account if it is genuine and not expired.
     *
     * @throws InvalidLinkException when it is not genuine, or has expired
     */
    public LinkToken verify(String token) {
        if (token == null || token.isBlank() || token.length() > 2048) {
            throw new InvalidLinkException(InvalidLinkException.Reason.INVALID);
        }
        SignedLinks.Link link = links.verify(token, PURPOSE);
        return new LinkToken(link.id(), link.subject(), link.expiresAt());
    }

    /**
     * @param token     the signed token, to put in the link
     * @param expiresAt when it stops working
     */
    public record IssuedLink(String token, Instant expiresAt) {
    }

    /**
     * @param id        the token's own id (single use)
     * @param accountId the account whose password it sets
     * @param expiresAt when it stops working
     */
    public record LinkToken(String id, String accountId, Instant expiresAt) {

        /** As a signed link, to record its use. */
        SignedLinks.Link signed() {
            return new SignedLinks.Link(PURPOSE, accountId, id, expiresAt);
        }
    }
}
