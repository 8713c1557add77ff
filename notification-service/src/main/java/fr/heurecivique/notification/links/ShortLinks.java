package fr.heurecivique.notification.links;

import fr.heurecivique.defaults.links.LinksProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Short links for SMS ({@code <public base>/l/Ab3dE9xK7Qp}): an SMS part holds 153 characters, and a signed answer
 * link alone takes ~190. The token is a bearer secret: 11 random base-62 characters (65 bits, from
 * {@link SecureRandom}), valid as long as its target, never logged, never stored: the database keeps its SHA-256 and
 * the target encrypted under a key derived from it ({@link ShortLink}). {@code GET /l/{token}} answers with a
 * redirect to the target, which does its own checks (a signed answer link's purpose, expiry and single use).
 */
@Service
public class ShortLinks {

    static final String PATH = "/l/";
    static final int TOKEN_LENGTH = 11;
    private static final Pattern TOKEN = Pattern.compile("[0-9A-Za-z]{" + TOKEN_LENGTH + "}");
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int IV_BYTES = 12;

    private final SecureRandom random = new SecureRandom();
    private final MongoTemplate mongo;
    private final LinksProperties links;
    private final Clock clock;

    ShortLinks(MongoTemplate mongo, LinksProperties links, Clock clock) {
        this.mongo = mongo;
        this.links = links;
        this.clock = clock;
    }

    /** A short link to {@code target} that works for {@code validity}. */
    public String shorten(String target, Duration validity) {
        StringBuilder token = new StringBuilder(TOKEN_LENGTH);
        for (int i = 0; i < TOKEN_LENGTH; i++) {
            token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        mongo.insert(new ShortLink(idOf(token.toString()), seal(token.toString(), target),
                clock.instant().plus(validity)));
        return links.baseUrl() + PATH + token;
    }

    /** Where the token leads, while it is valid. */
    Optional<String> resolve(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        ShortLink link = mongo.findById(idOf(token), ShortLink.class);
        Instant now = clock.instant();
        if (link == null || !link.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(unseal(token, link.sealed()));
    }

    private static String idOf(String token) {
        return HexFormat.of().formatHex(sha256("id|" + token));
    }

    private String seal(String token, String target) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, token, iv);
            byte[] sealed = cipher.doFinal(target.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, all, 0, IV_BYTES);
            System.arraycopy(sealed, 0, all, IV_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private static String unseal(String token, String sealed) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            byte[] iv = java.util.Arrays.copyOf(all, IV_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, token, iv);
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A short link could not be opened", e);
        }
    }

    private static Cipher cipher(int mode, String token, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(sha256("key|" + token), "AES"), new GCMParameterSpec(128, iv));
        return cipher;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The delivery log shows an SMS without its short links' tokens (they are bearer secrets). */
    public static String redact(String text) {
        return text == null ? null : text.replaceAll("(" + Pattern.quote(PATH) + ")[0-9A-Za-z]{" + TOKEN_LENGTH
                + "}\\b", "$1•••");
    }
}
