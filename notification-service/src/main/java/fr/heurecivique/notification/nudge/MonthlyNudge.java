package fr.heurecivique.notification.nudge;

import fr.heurecivique.contracts.match.VolunteerMonth;
import fr.heurecivique.contracts.volunteer.VolunteerState;
import fr.heurecivique.defaults.inbox.ReadModels;
import fr.heurecivique.defaults.lifecycle.PollingWorker;
import fr.heurecivique.notification.directory.Contact;
import fr.heurecivique.notification.directory.ContactDirectory;
import fr.heurecivique.notification.templates.FrenchFormats;
import fr.heurecivique.notification.volunteers.VolunteerNotifications;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Once a month (on {@code day-of-month} at {@code time}, Paris), every active volunteer who has neither given the
 * hours they pledged this month nor accepted a mission this month gets a friendly email. What it needs is kept from
 * events: volunteers' status and pledge ({@code volunteer.events}), their minutes given and their acceptances
 * ({@code match.events}).
 *
 * <p>Every instance checks; several may run the same month's nudge at once, or one may run it again after a crash:
 * each message's deduplication key ({@code nudge-<month>}, volunteer, channel) makes it go once. The month is marked
 * done at the end so that later checks do nothing.
 */
@Service
public class MonthlyNudge {

    static final String TEMPLATE = "monthly-nudge";
    static final String RUNS = "nudge_runs";
    private static final Logger log = LoggerFactory.getLogger(MonthlyNudge.class);
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM", Locale.FRANCE);

    private final MongoTemplate mongo;
    private final ReadModels readModels;
    private final ContactDirectory directory;
    private final VolunteerNotifications volunteers;
    private final NudgeProperties properties;
    private final Clock clock;

    MonthlyNudge(MongoTemplate mongo, ReadModels readModels, ContactDirectory directory,
            VolunteerNotifications volunteers, NudgeProperties properties, Clock clock) {
        this.mongo = mongo;
        this.readModels = readModels;
        this.directory = directory;
        this.volunteers = volunteers;
        this.properties = properties;
        this.clock = clock;
    }

    /** A volunteer's status and pledge changed. */
    public void volunteerChanged(VolunteerState volunteer) {
        Integer pledge = volunteer.perimeter() == null ? null : volunteer.perimeter().monthlyPledgeHours();
        readModels.storeIfNewer(volunteer.volunteerId(), volunteer.version(),
                new VolunteerStanding(volunteer.volunteerId(), volunteer.version(), volunteer.status(), pledge));
    }

    /** The minutes a volunteer has given in a month so far (a completion's total: never lowered by an old event). */
    public void given(String volunteerId, VolunteerMonth month) {
        mongo.upsert(Query.query(Criteria.where("_id").is(monthId(volunteerId, month.month()))),
                new Update().max("minutes", month.minutes()).set("volunteerId", volunteerId), MonthDoc.COLLECTION);
    }

    /** The volunteer accepted a mission: they are engaged this month and need no nudge. */
    public void engaged(String volunteerId, Instant at) {
        String month = YearMonth.from(at.atZone(FrenchFormats.PARIS)).toString();
        mongo.upsert(Query.query(Criteria.where("_id").is(monthId(volunteerId, month))),
                new Update().set("engaged", true).set("volunteerId", volunteerId), MonthDoc.COLLECTION);
    }

    /** The volunteer's right to erasure. */
    public void forget(String volunteerId) {
        readModels.delete(volunteerId, VolunteerStanding.class);
        mongo.remove(Query.query(Criteria.where("volunteerId").is(volunteerId)), MonthDoc.COLLECTION);
    }

    /** Sends this month's nudge if it is due and not done yet; the number of volunteers nudged. */
    public int runIfDue() {
        Instant now = clock.instant();
        YearMonth month = YearMonth.from(now.atZone(FrenchFormats.PARIS));
        Instant due = month.atDay(properties.dayOfMonth()).atTime(properties.time()).atZone(FrenchFormats.PARIS)
                .toInstant();
        if (now.isBefore(due) || mongo.exists(Query.query(Criteria.where("_id").is(month.toString())), RUNS)) {
            return 0;
        }
        int sent = 0;
        String eventId = "nudge-" + month;
        try (Stream<VolunteerStanding> active = mongo.stream(Query.query(Criteria.where("status").is("ACTIVE")),
                VolunteerStanding.class)) {
            for (VolunteerStanding volunteer : (Iterable<VolunteerStanding>) active::iterator) {
                if (needsNudge(volunteer, month)) {
                    Contact contact = directory.find(VolunteerNotifications.VOLUNTEER, volunteer.id()).orElse(null);
                    if (contact != null) {
                        volunteers.send(eventId, contact, TEMPLATE, variables(volunteer, month), false, now);
                        sent++;
                    }
                }
            }
        }
        try {
            mongo.insert(new Document("_id", month.toString()).append("doneAt", Date.from(clock.instant()))
                    .append("nudged", sent), RUNS);
        } catch (DuplicateKeyException anotherInstanceFinishedFirst) {
            // the messages themselves are deduplicated
        }
        log.info("Monthly nudge of {}: {} active volunteer(s) nudged", month, sent);
        return sent;
    }

    private boolean needsNudge(VolunteerStanding volunteer, YearMonth month) {
        Document done = mongo.findById(monthId(volunteer.id(), month.toString()), Document.class, MonthDoc.COLLECTION);
        if (done != null && Boolean.TRUE.equals(done.getBoolean("engaged"))) {
            return false;
        }
        int minutes = done == null || done.get("minutes") == null ? 0 : ((Number) done.get("minutes")).intValue();
        return minutes < pledgeMinutes(volunteer);
    }

    private static int pledgeMinutes(VolunteerStanding volunteer) {
        return (volunteer.pledgeHours() == null || volunteer.pledgeHours() < 1 ? 1 : volunteer.pledgeHours()) * 60;
    }

    private static Map<String, Object> variables(VolunteerStanding volunteer, YearMonth month) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("monthName", MONTH_NAME.format(month));
        variables.put("pledge", FrenchFormats.hours(pledgeMinutes(volunteer) / 60));
        return variables;
    }

    private static String monthId(String volunteerId, String month) {
        return volunteerId + ":" + month;
    }

    /** An active or not volunteer, and their monthly pledge in hours. */
    @org.springframework.data.mongodb.core.mapping.Document("nudge_volunteers")
    record VolunteerStanding(@Id String id, long version, String status, Integer pledgeHours) {
    }

    /** {@code volunteer_months}: {@code _id = <volunteerId>:<YYYY-MM>}, {@code minutes}, {@code engaged}. */
    static final class MonthDoc {
        static final String COLLECTION = "volunteer_months";

        private MonthDoc() {
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Worker {

        @Bean
        PollingWorker monthlyNudgeWorker(MonthlyNudge nudge, NudgeProperties properties) {
            return new PollingWorker("monthly-nudge", properties.checkInterval(), properties.checkInterval(),
                    Integer.MAX_VALUE - 3000, () -> {
                        if (properties.enabled()) {
                            nudge.runIfDue();
                        }
                        return true;
                    });
        }
    }
}
