package fr.heurecivique.web.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * web's sessions ({@code heure-civique.site.session.*}), kept by Spring Session in MongoDB.
 *
 * @param cookieName      the session cookie's name: not identity-service's {@code HEURE_CIVIQUE_SESSION}, since
 *                        cookies do not keep apart the ports of one host
 * @param secureCookie    whether the cookie is sent over HTTPS only ({@code WEB_SECURE_COOKIE}): off for the
 *                        embedded default on {@code http://localhost}, on everywhere else
 * @param timeout         how long a session lives without a request
 * @param collection      the MongoDB collection of the sessions
 * @param cleanupInterval how often expired sessions are deleted (mongo-java-server ignores TTL indexes)
 */
@ConfigurationProperties("heure-civique.site.session")
public record SessionProperties(
        @DefaultValue("HEURE_CIVIQUE_WEB") String cookieName,
        @DefaultValue("false") boolean secureCookie,
        @DefaultValue("60m") Duration timeout,
        @DefaultValue("web_sessions") String collection,
        @DefaultValue("5m") Duration cleanupInterval) {
}
