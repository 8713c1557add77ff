package fr.heurecivique.identity;

import com.nimbusds.jose.jwk.RSAKey;
import fr.heurecivique.identity.keys.SigningKeys;
import fr.heurecivique.localstack.OidcSignIn;
import fr.heurecivique.testsupport.MutableClock;
import fr.heurecivique.testsupport.ServiceScenarios;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Base of identity-service's scenarios: one Spring context for all of them, with the demo accounts, a service client
 * with a known secret, and the signing keys in a file of the build folder.
 */
@TestPropertySource(properties = {
        "heure-civique.identity.demo-accounts=true",
        "heure-civique.identity.key-file=" + IdentityScenarios.KEY_FILE,
        "heure-civique.identity.clients.services.notification-service.secret=" + IdentityScenarios.SERVICE_SECRET,
        "heure-civique.identity.clients.web.secret=" + IdentityScenarios.WEB_SECRET })
public abstract class IdentityScenarios extends ServiceScenarios {

    protected static final String KEY_FILE = "target/test-identity/signing-key.json";
    protected static final String SERVICE_SECRET = "notification-secret-for-tests";
    protected static final String WEB_SECRET = "web-secret-for-tests";
    protected static final String ISSUER = "http://localhost:9000";
    protected static final String DEMO_PASSWORD = "demo-heure-civique";
    protected static final String COORDINATOR = "coordinator@demo.example.fr";
    protected static final String ADMIN = "admin@demo.example.fr";
    protected static final String REFERENT_LA_ROCHELLE = "referent.la-rochelle@demo.example.fr";
    protected static final String CLAIRE = "claire.martin@example.fr";

    @Autowired
    protected Clock clock;

    @AfterEach
    void realTime() {
        ((MutableClock) clock).reset();
    }

    protected URI baseUrl() {
        return URI.create("http://localhost:" + port);
    }

    /** Signs in as a person would (the shell's token command) and returns the access token. */
    protected String accessToken(String email, String password) {
        return new OidcSignIn(baseUrl()).signIn(email, password).accessToken();
    }

    protected String demoToken(String email) {
        return accessToken(email, DEMO_PASSWORD);
    }

    /** Verifies a token with the public key read afresh from the key file, as a service would with the JWK set. */
    protected static Jwt verify(String token) {
        try {
            RSAKey key = SigningKeys.read(Path.of(KEY_FILE)).tokenKey();
            return NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build().decode(token);
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new AssertionError(e);
        }
    }
}
