package fr.heurecivique.web.signin;

import fr.heurecivique.testsupport.EmbeddedInfrastructure;
import fr.heurecivique.web.WebApplication;
import fr.heurecivique.web.WebTestBase;
import fr.heurecivique.web.WebTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mongodb.spring.session.MongoIndexedSessionRepository;
import org.mongodb.spring.session.MongoSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in MongoDB, not in web's memory: another web instance — or this one after a restart — reads a
 * signed-in session written by the first. And since mongo-java-server ignores TTL indexes, expired sessions are
 * deleted by web itself.
 */
class SessionStoreTest extends WebTestBase {

    @Autowired
    MongoIndexedSessionRepository sessions;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    SessionConfiguration.ExpiredSessionsCleanup cleanup;

    @Test
    void aSignedInSessionWrittenByOneInstanceIsReadByAnother() throws Exception {
        MongoSession session = sessions.createSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(signedIn()));
        sessions.save(session);
        assertThat(mongo.getCollection("web_sessions").find(new Document("_id", session.getId())).first())
                .as("the session is in MongoDB").isNotNull();

        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(WebApplication.class,
                WebTestSupport.FixedProvider.class)
                .run("--server.port=0",
                        "--spring.mongodb.uri=" + EmbeddedInfrastructure.mongo().connectionString(),
                        "--heure-civique.site.sign-in.client-secret=web-secret-for-tests",
                        "--spring.main.banner-mode=off")) {
            int port = ((WebServerApplicationContext) other).getWebServer().getPort();
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            String cookie = "HEURE_CIVIQUE_WEB=" + Base64.getEncoder().encodeToString(
                    session.getId().getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/connexion")).header("Cookie", cookie)
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/mon-espace"));

            HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/connexion"))
                    .header("Cookie", "HEURE_CIVIQUE_WEB=" + Base64.getEncoder().encodeToString(
                            "no-such-session".getBytes(StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(unknown.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/oauth2/authorization/heure-civique"));
        }
    }

    @Test
    void expiredSessionsAreDeletedByWebSinceTheEmbeddedMongoDbHasNoTtl() {
        MongoSession old = sessions.createSession();
        old.setMaxInactiveInterval(Duration.ofMinutes(1));
        old.setLastAccessedTime(Instant.now().minus(Duration.ofHours(2)));
        sessions.save(old);
        MongoSession current = sessions.createSession();
        sessions.save(current);
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(old.getId())), "web_sessions"))
                .as("mongo-java-server keeps it past its expireAt").isEqualTo(1);

        assertThat(cleanup.deleteExpired()).isGreaterThanOrEqualTo(1);

        assertThat(mongo.count(Query.query(Criteria.where("_id").is(old.getId())), "web_sessions")).isZero();
        assertThat(sessions.findById(current.getId())).isNotNull();
    }

    private static OAuth2AuthenticationToken signedIn() {
        OidcIdToken idToken = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(900),
                Map.of("sub", "account-1", "iss", WebTestSupport.PROVIDER, "aud", List.of("web")));
        DefaultOidcUser user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_VOLUNTEER")), idToken,
                "sub");
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), SignInProperties.REGISTRATION_ID);
    }
}
