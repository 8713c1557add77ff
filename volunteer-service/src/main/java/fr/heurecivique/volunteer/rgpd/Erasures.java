package fr.heurecivique.volunteer.rgpd;

import fr.heurecivique.defaults.lifecycle.PollingWorker;
import fr.heurecivique.defaults.outbox.OutboxAggregate;
import fr.heurecivique.volunteer.sessions.VideoSessionStore;
import fr.heurecivique.volunteer.volunteers.VolunteerStatus;
import fr.heurecivique.volunteer.volunteers.VolunteerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * RGPD erasure. The volunteer's document is anonymised in one write that also records VolunteerErased and the
 * tombstone; the sessions forget the volunteer's id; once the relay has published both events, a background purge
 * deletes what is left of the document (its id).
 */
@Service
class Erasures {

    private static final Logger log = LoggerFactory.getLogger(Erasures.class);

    private final VolunteerStore volunteers;
    private final VideoSessionStore sessions;
    private final MongoTemplate mongo;
    private final Clock clock;

    Erasures(VolunteerStore volunteers, VideoSessionStore sessions, MongoTemplate mongo,
            Clock clock) {
        this.volunteers = volunteers;
        this.sessions = sessions;
        this.mongo = mongo;
        this.clock = clock;
    }

    void erase(String id) {
        volunteers.change(id, volunteer -> volunteer.erase(clock.instant()));
        sessions.knowing(id).forEach(session -> sessions.change(session.id(), known -> known.forget(id)));
        log.info("Volunteer {} erased at their request", id);
    }

    /** Deletes the documents of erased volunteers whose events have all been published. */
    int purge() {
        Query published = Query.query(Criteria.where("status").is(VolunteerStatus.ERASED.name())
                .and(OutboxAggregate.PENDING_EVENTS_FIELD + ".0").exists(false)
                .and("outboxLease").exists(false));
        return (int) mongo.remove(published, "volunteers").getDeletedCount();
    }

    @Configuration(proxyBeanMethods = false)
    static class Purge {

        /** Phase: stops before the outbox relay, starts after it. */
        @Bean
        PollingWorker erasedVolunteersPurge(Erasures erasures, RgpdProperties properties) {
            return new PollingWorker("erased-volunteers-purge", properties.purgeInterval(),
                    properties.purgeInterval(), Integer.MAX_VALUE - 3000, () -> {
                        erasures.purge();
                        return true;
                    });
        }
    }
}
