package fr.heurecivique.volunteer.roster;

import fr.heurecivique.defaults.lease.LeaseClaims;
import fr.heurecivique.defaults.lifecycle.PollingWorker;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/**
 * Runs the roster digests on their schedule, on the service's {@link Clock} (which tests move forward). Every
 * instance checks often whether the next scheduled time has passed; the one that claims the schedule document in
 * MongoDB (a {@link LeaseClaims} lease: an atomic {@code findAndModify}) runs the digests, then sets the next time. A missed time
 * (the service was down) is caught up once, not once per missed occurrence.
 */
@Component
public class RosterDigestJob {

    static final String COLLECTION = "roster_digest_schedule";
    static final String SCHEDULE_ID = "roster-digest";
    private static final Logger log = LoggerFactory.getLogger(RosterDigestJob.class);

    private final MongoTemplate mongo;
    private final RosterDigests digests;
    private final RosterDigestProperties properties;
    private final Clock clock;
    private final CronExpression schedule;
    private final LeaseClaims leases;

    RosterDigestJob(MongoTemplate mongo, RosterDigests digests, RosterDigestProperties properties, Clock clock) {
        this.mongo = mongo;
        this.digests = digests;
        this.properties = properties;
        this.clock = clock;
        this.schedule = CronExpression.parse(properties.schedule());
        this.leases = new LeaseClaims(mongo, clock, "lease");
    }

    /**
     * Runs the digests if they are due and no other instance is running them.
     *
     * @return whether this instance ran them
     */
    public boolean runIfDue() {
        // Stored times have millisecond precision: so has the digest's "until", the next digest's "since".
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ensureScheduled(now);
        Document claimed = leases.claim(Criteria.where("_id").is(SCHEDULE_ID).and("nextAt").lte(Date.from(now)),
                properties.lease(), Document.class, COLLECTION);
        if (claimed == null) {
            return false;
        }
        Instant scheduledAt = claimed.getDate("nextAt").toInstant();
        int published = digests.publish(scheduledAt.toString(), now);
        Instant next = next(clock.instant());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(SCHEDULE_ID).andOperator(leases.heldHere())),
                leases.released(new Update().set("nextAt", Date.from(next)).set("lastAt", Date.from(scheduledAt))),
                COLLECTION);
        log.info("Roster digests of {} published: {} communes; next digests at {}", scheduledAt, published, next);
        return true;
    }

    /** The first time, sets when the first digests are due. */
    private void ensureScheduled(Instant now) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(SCHEDULE_ID)), COLLECTION)) {
            return;
        }
        try {
            mongo.insert(new Document("_id", SCHEDULE_ID).append("nextAt", Date.from(next(now))), COLLECTION);
        } catch (DuplicateKeyException anotherInstanceDidIt) {
            // fine
        }
    }

    private Instant next(Instant after) {
        return schedule.next(after.atZone(properties.zone())).toInstant();
    }

    @Configuration(proxyBeanMethods = false)
    static class Worker {

        /** Checks for due digests in the background; stops before the outbox relay, which publishes them. */
        @Bean
        PollingWorker rosterDigestWorker(RosterDigestJob job, RosterDigestProperties properties) {
            return new PollingWorker("roster-digest", properties.checkInterval(), properties.checkInterval(),
                    Integer.MAX_VALUE - 3000, () -> {
                        if (properties.enabled()) {
                            job.runIfDue();
                        }
                        return true;
                    });
        }
    }
}
