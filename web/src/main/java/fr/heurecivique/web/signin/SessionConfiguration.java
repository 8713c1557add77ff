package fr.heurecivique.web.signin;

import org.mongodb.spring.session.MongoIndexedSessionRepository;
import org.mongodb.spring.session.config.annotation.web.http.EnableMongoHttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

import java.time.Clock;
import java.util.Date;

/**
 * Sessions in MongoDB (database {@code heure-civique-web}), with MongoDB's own Spring Session module
 * ({@code org.mongodb:mongodb-spring-session}, which took over from Spring's with Spring Session 4): a restart of web
 * signs nobody out, and several instances share the sessions. The cookie holds only the session id.
 */
@Configuration(proxyBeanMethods = false)
@EnableMongoHttpSession
class SessionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SessionConfiguration.class);

    @Bean
    SessionRepositoryCustomizer<MongoIndexedSessionRepository> sessionSettings(SessionProperties properties) {
        return repository -> {
            repository.setDefaultMaxInactiveInterval(properties.timeout());
            repository.setCollectionName(properties.collection());
        };
    }

    /** HttpOnly (no script reads it), SameSite=Lax (not sent by other sites' forms), Secure outside localhost. */
    @Bean
    CookieSerializer cookieSerializer(SessionProperties properties) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(properties.cookieName());
        cookie.setCookiePath("/");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setUseSecureCookie(properties.secureCookie());
        return cookie;
    }

    /**
     * Deletes the sessions past their expiry. Real MongoDB does it itself (the module's TTL index on
     * {@code expireAt}); the embedded mongo-java-server accepts that index and never applies it. An expired session is
     * never used either way: the repository refuses it when it reads it.
     */
    @Bean(destroyMethod = "close")
    ExpiredSessionsCleanup expiredSessionsCleanup(MongoOperations mongo, SessionProperties properties) {
        return new ExpiredSessionsCleanup(mongo, properties, Clock.systemUTC());
    }

    static final class ExpiredSessionsCleanup implements AutoCloseable {

        private final MongoOperations mongo;
        private final SessionProperties properties;
        private final Clock clock;
        private final SimpleAsyncTaskScheduler scheduler = new SimpleAsyncTaskScheduler();

        ExpiredSessionsCleanup(MongoOperations mongo, SessionProperties properties, Clock clock) {
            this.mongo = mongo;
            this.properties = properties;
            this.clock = clock;
            scheduler.setThreadNamePrefix("web-sessions-cleanup-");
            scheduler.setVirtualThreads(false);
            TaskScheduler tasks = scheduler;
            tasks.scheduleWithFixedDelay(this::runQuietly, clock.instant().plus(properties.cleanupInterval()),
                    properties.cleanupInterval());
        }

        /** @return how many expired sessions were deleted */
        long deleteExpired() {
            return mongo.remove(Query.query(Criteria.where("expireAt").lt(Date.from(clock.instant()))),
                    properties.collection()).getDeletedCount();
        }

        private void runQuietly() {
            try {
                long deleted = deleteExpired();
                if (deleted > 0) {
                    log.debug("Deleted {} expired sessions", deleted);
                }
            } catch (RuntimeException e) {
                log.warn("Could not delete expired sessions: {}", e.toString());
            }
        }

        @Override
        public void close() {
            scheduler.close();
        }
    }
}
