package fr.heurecivique.identity.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;

/**
 * identity-service's keys, kept in one JWK set file so that a restart (or another instance) signs with the same keys
 * and tokens already issued stay valid:
 * <ul>
 * <li>the RSA key that signs the tokens (RS256), whose public half the JWK set endpoint publishes;</li>
 * <li>an HMAC key that signs the set-password links (HS256), never published — a link is not a token and no service
 * could mistake one for a token.</li>
 * </ul>
 * The file is created once when missing (the embedded default); in production it is mounted from a secret.
 */
public final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    static final String TOKEN_KEY_PREFIX = "tokens-";
    static final String LINK_KEY_PREFIX = "links-";

    private final RSAKey tokenKey;
    private final OctetSequenceKey linkKey;

    private SigningKeys(RSAKey tokenKey, OctetSequenceKey linkKey) {
        this.tokenKey = tokenKey;
        this.linkKey = linkKey;
    }

    /** Reads the keys from {@code file}, creating the file with new keys if it does not exist. */
    public static SigningKeys loadOrCreate(Path file) {
        if (!Files.exists(file)) {
            create(file);
        }
        return read(file);
    }

    /** Reads the keys from an existing file. */
    public static SigningKeys read(Path file) {
        try {
            JWKSet set = JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8));
            RSAKey tokenKey = set.getKeys().stream().filter(key -> key instanceof RSAKey && key.isPrivate()
                    && KeyUse.SIGNATURE.equals(key.getKeyUse())).map(JWK::toRSAKey).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The key file " + file
                            + " holds no private RSA signing key"));
            OctetSequenceKey linkKey = set.getKeys().stream().filter(key -> key instanceof OctetSequenceKey)
                    .map(JWK::toOctetSequenceKey).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The key file " + file
                            + " holds no HMAC key for the set-password links"));
            if (linkKey.toByteArray().length < 32) {
                throw new IllegalStateException("The links' HMAC key in " + file + " is shorter than 256 bits");
            }
            return new SigningKeys(tokenKey, linkKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The key file " + file + " is not a JWK set", e);
        }
    }

    private static void create(Path file) {
        try {
            Instant now = Instant.now();
            RSAKey tokenKey = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(TOKEN_KEY_PREFIX + now.getEpochSecond()).issueTime(java.util.Date.from(now)).generate();
            OctetSequenceKey linkKey = new OctetSequenceKeyGenerator(256).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.HS256).keyID(LINK_KEY_PREFIX + now.getEpochSecond()).generate();
            String json = new JWKSet(List.of(tokenKey, linkKey)).toString(false);
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, ".signing-key", ".tmp");
            try {
                restrictToOwner(temporary);
                Files.writeString(temporary, json, StandardCharsets.UTF_8);
                // Two instances starting together on an empty folder: the first file wins, the other reads it.
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                log.info("Created new signing keys in {}", file);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                if (!Files.exists(file)) {
                    Files.move(temporary, file);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the key file " + file + " (in production, mount it from a "
                    + "secret: heure-civique.identity.key-file)", e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate signing keys", e);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: rely on the folder's permissions
        }
    }

    /** The RSA key pair that signs access and ID tokens. */
    public RSAKey tokenKey() {
        return tokenKey;
    }

    /** The HMAC key that signs set-password links. */
    public OctetSequenceKey linkKey() {
        return linkKey;
    }
}
