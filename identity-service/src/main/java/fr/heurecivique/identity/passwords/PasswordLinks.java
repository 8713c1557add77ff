package fr.heurecivique.identity.passwords;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;

/**
 * The tokens of set-password links: HS256-signed, naming the account, expiring, each with its own id so that it can
 * be used once ({@link UsedLinks}). They are signed with a key that only identity-service holds and carry their own
 * type ({@code typ: password-link+jwt}), so a link is never mistaken for an access token.
 */
public final class PasswordLinks {

    static final JOSEObjectType TYPE = new JOSEObjectType("password-link+jwt");
    static final String PURPOSE_CLAIM = "purpose";
    static final String PURPOSE = "set-password";

    private final OctetSequenceKey key;
    private final Duration validity;
    private final Clock clock;

    public PasswordLinks(OctetSequenceKey key, Duration validity, Clock clock) {
        this.key = key;
        this.validity = validity;
        this.clock = clock;
    }

    /** A new link token for the account, valid from now for the configured time. */
    public IssuedLink issue(String accountId) {
        // JWT times are in whole seconds: the link's expiry as announced is the one the token holds.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(validity);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .subject(accountId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .claim(PURPOSE_CLAIM, PURPOSE)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(TYPE).keyID(key.getKeyID())
                .build(), claims);
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a password link", e);
        }
        return new IssuedLink(jwt.serialize(), expiresAt);
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
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !TYPE.equals(jwt.getHeader().getType())
                    || !jwt.verify(new MACVerifier(key))) {
                throw new InvalidLinkException(InvalidLinkException.Reason.INVALID);
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!PURPOSE.equals(claims.getClaim(PURPOSE_CLAIM)) || claims.getJWTID() == null
                    || claims.getSubject() == null || claims.getExpirationTime() == null) {
                throw new InvalidLinkException(InvalidLinkException.Reason.INVALID);
            }
            Instant expiresAt = claims.getExpirationTime().toInstant();
            if (!clock.instant().isBefore(expiresAt)) {
                throw new InvalidLinkException(InvalidLinkException.Reason.EXPIRED);
            }
            return new LinkToken(claims.getJWTID(), claims.getSubject(), expiresAt);
        } catch (ParseException | JOSEException e) {
            throw new InvalidLinkException(InvalidLinkException.Reason.INVALID);
        }
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
    }
}
