package fr.heurecivique.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Access tokens for the services' tests, validated the production way: RS256 JWTs signed by a key made for this JVM,
 * whose public half a tiny local JWK set endpoint serves; the tests' Spring contexts point
 * {@code heure-civique.security.jwk-set-uri} and {@code .issuer} at it ({@link #PROPERTIES}). The claims are the
 * platform's (docs/security.md): {@code roles}, {@code volunteer_id}, {@code communes}, {@code scope},
 * audience {@code heure-civique-api}.
 */
public final class TestTokens {

    public static final String ISSUER = "http://issuer.test";
    public static final String AUDIENCE = "heure-civique-api";

    private static RSAKey key;
    private static HttpServer server;

    /** The properties that make a service trust this JVM's test key. */
    public static final Supplier<String[]> PROPERTIES = () -> new String[] {
            "heure-civique.security.jwk-set-uri=" + jwkSetUri(),
            "heure-civique.security.issuer=" + ISSUER };

    private TestTokens() {
    }

    public static synchronized String jwkSetUri() {
        start();
        return "http://localhost:" + server.getAddress().getPort() + "/jwks";
    }

    private static void start() {
        if (server != null) {
            return;
        }
        try {
            key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            server.setExecutor(null);
            server.start();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A volunteer linked to their record {@code volunteerId}. */
    public static String volunteer(String volunteerId) {
        return person(claims -> claims.claim("roles", List.of("VOLUNTEER")).claim("volunteer_id", volunteerId));
    }

    /** A referent of the communes {@code insee}. */
    public static String referent(String... insee) {
        return person(claims -> claims.claim("roles", List.of("REFERENT")).claim("communes", List.of(insee)));
    }

    public static String coordinator() {
        return person(claims -> claims.claim("roles", List.of("COORDINATOR")));
    }

    public static String admin() {
        return person(claims -> claims.claim("roles", List.of("ADMIN")));
    }

    /** A platform service's token: client credentials, scope {@code internal}, no roles. */
    public static String service(String clientId) {
        return mint(claims -> claims.subject(clientId).claim("scope", List.of("internal"))
                .audience(List.of(clientId, AUDIENCE)));
    }

    /** A signed-in person's token with the given claims (subject: a fresh account id). */
    public static String person(Consumer<JWTClaimsSet.Builder> claims) {
        return mint(builder -> {
            builder.subject(UUID.randomUUID().toString()).audience(List.of("web", AUDIENCE))
                    .claim("scope", List.of("openid", "profile", "email"));
            claims.accept(builder);
        });
    }

    /**
     * A token valid for 15 minutes from the test issuer, then customised: {@code claims} may replace anything
     * (audience, issuer, expiry) to make an invalid one.
     */
    public static synchronized String mint(Consumer<JWTClaimsSet.Builder> claims) {
        start();
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(ISSUER).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))));
        claims.accept(builder);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), builder.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims of a token as a map, e.g. to check what a service would see. */
    public static Map<String, Object> claims(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getClaims();
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
