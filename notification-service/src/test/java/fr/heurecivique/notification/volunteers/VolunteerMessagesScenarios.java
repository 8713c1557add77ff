package fr.heurecivique.notification.volunteers;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.volunteer.VideoSessionDetails;
import fr.heurecivique.contracts.volunteer.VolunteerConsents;
import fr.heurecivique.contracts.volunteer.VolunteerErased;
import fr.heurecivique.contracts.volunteer.VolunteerInterviewScheduled;
import fr.heurecivique.contracts.volunteer.VolunteerInterviewed;
import fr.heurecivique.contracts.volunteer.VolunteerOnboarding;
import fr.heurecivique.contracts.volunteer.VolunteerPerimeter;
import fr.heurecivique.contracts.volunteer.VolunteerRegistered;
import fr.heurecivique.contracts.volunteer.VolunteerSessionBooked;
import fr.heurecivique.contracts.volunteer.VolunteerState;
import fr.heurecivique.defaults.links.SignedLinks;
import fr.heurecivique.localstack.infra.EmbeddedSmtp;
import fr.heurecivique.notification.NotificationScenarios;
import fr.heurecivique.notification.templates.FrenchFormats;
import fr.heurecivique.testsupport.EmbeddedInfrastructure;
import fr.heurecivique.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What volunteers are told along their journey, by email and SMS, with a working preferences link. */
abstract class VolunteerMessagesScenarios extends NotificationScenarios {

    @Autowired
    SignedLinks links;
    @Autowired
    MongoTemplate mongo;

    String id;
    String email;
    String phone;

    @BeforeEach
    void aVolunteerAtTenInTheMorning() {
        moveTo(LocalTime.of(10, 0));
        id = UUID.randomUUID().toString();
        email = "journey." + id.substring(0, 8) + "@exemple.fr";
        phone = "+336" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private VolunteerState state(long version, String status, boolean sms, VolunteerPerimeter perimeter) {
        return new VolunteerState(id, version, status, "Claire", "Martin", email, phone, "17300", null,
                new VolunteerConsents(true, true, sms, true), Instant.now(), 46.16, -1.15, null, perimeter);
    }

    @Test
    void theWelcomeCarriesAWorkingPreferencesLink() {
        publisher.publish(EventCatalog.VOLUNTEER_REGISTERED, id, 0, new VolunteerRegistered(state(0, "REGISTERED",
                true, null)));

        EmbeddedSmtp.CapturedMail mail = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(email), mails -> mails.size() == 1).get(0);
        Matcher link = Pattern.compile("(http://localhost:8080/api/volunteers/preferences\\?token=)([A-Za-z0-9_.-]+)")
                .matcher(mail.text());
        assertThat(link.find()).isTrue();
        assertThat(links.verify(link.group(2), "preferences").subject()).isEqualTo(id);
        assertThat(mail.html()).contains("href=\"" + link.group(1) + link.group(2) + "\"");
    }

    @Test
    void aBookingIsConfirmedByEmailAndSmsThenRemindedTheDayBeforeAndARebookingReplacesTheReminder() {
        Instant startsAt = clock.instant().plus(Duration.ofDays(5)).atZone(PARIS).with(LocalTime.of(18, 30))
                .toInstant();
        String booking = publisher.publish(EventCatalog.VOLUNTEER_SESSION_BOOKED, id, 2, new VolunteerSessionBooked(
                state(2, "REGISTERED", true, null), new VideoSessionDetails("s1", startsAt, 45, "https://visio.example/s1")));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email).size() == 1
                && SMS_PROVIDER.accepted(phone.substring(1)).size() == 1);
        assertThat(mailsTo(email).get(0).subject()).startsWith("Votre séance de présentation : ")
                .contains(" à 18 h 30");
        assertThat(SMS_PROVIDER.accepted(phone.substring(1)).get(0).content())
                .contains("confirmée le", "18 h 30", "https://visio.example/s1");
        assertThat(mailsTo(email).get(0).text()).contains("Nous vous enverrons un rappel la veille.");
        JsonNode reminder = await().atMost(Duration.ofSeconds(10)).until(() -> entry(email, "session-reminder"),
                entry -> entry != null && "PENDING".equals(entry.get("status").asString()));
        Instant remindAt = Instant.parse(reminder.get("nextAttemptAt").asString());
        assertThat(remindAt.atZone(PARIS).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(remindAt.atZone(PARIS).toLocalDate()).isEqualTo(startsAt.atZone(PARIS).toLocalDate().minusDays(1));
        assertThat(reminder.get("sourceEventId").asString()).isEqualTo(booking);

        // Moving to another session cancels the first reminder and schedules a new one.
        Instant later = startsAt.plus(Duration.ofDays(2));
        publisher.publish(EventCatalog.VOLUNTEER_SESSION_BOOKED, id, 3, new VolunteerSessionBooked(
                state(3, "REGISTERED", true, null), new VideoSessionDetails("s2", later, 45, "https://visio.example/s2")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveryLog("recipient=" + email + "&status=SUPPRESSED").size() == 1);
        assertThat(deliveryLog("recipient=" + email + "&status=SUPPRESSED").get(0).get("statusReason").asString())
                .startsWith("Annulé");

        // The day before the second session, at 10:00, the reminder goes by email and by SMS.
        Instant secondRemindAt = later.atZone(PARIS).minusDays(1).with(LocalTime.of(10, 0)).toInstant();
        ((MutableClock) clock).advance(Duration.between(clock.instant(), secondRemindAt).plusSeconds(5));
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email).stream()
                .anyMatch(mail -> mail.subject().startsWith("Rappel")));
        await().atMost(Duration.ofSeconds(30)).until(() -> SMS_PROVIDER.accepted(phone.substring(1)).stream()
                .anyMatch(call -> call.content().startsWith("Rappel")));
        assertThat(mailsTo(email).stream().filter(mail -> mail.subject().startsWith("Rappel")).toList()).hasSize(1)
                .allSatisfy(mail -> assertThat(mail.text()).contains("https://visio.example/s2"));
    }

    @Test
    void aSessionTomorrowBookedAfterTheReminderHourPromisesNoReminderAndGetsNone() {
        moveTo(LocalTime.of(18, 0));
        Instant startsAt = clock.instant().atZone(PARIS).plusDays(1).with(LocalTime.of(9, 0)).toInstant();
        publisher.publish(EventCatalog.VOLUNTEER_SESSION_BOOKED, id, 2, new VolunteerSessionBooked(
                state(2, "REGISTERED", true, null), new VideoSessionDetails("s1", startsAt, 45, "https://visio.example")));

        EmbeddedSmtp.CapturedMail mail = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(email), mails -> mails.size() == 1).get(0);
        assertThat(mail.text()).contains("à 9 h", "Si vous ne pouvez plus venir").doesNotContain("rappel");
        assertThat(mail.html()).doesNotContain("rappel");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> entry(email, "session-reminder") == null);
    }

    @Test
    void aScheduledInterviewIsToldToTheVolunteerByEmailAndSms() {
        Instant interviewAt = clock.instant().atZone(PARIS).plusDays(2).with(LocalTime.of(14, 30)).toInstant();
        VolunteerState base = state(4, "REGISTERED", true, null);
        VolunteerState scheduled = new VolunteerState(id, 4, "REGISTERED", "Claire", "Martin", email, phone, "17300",
                null, base.consents(), base.registeredAt(), 46.16, -1.15,
                new VolunteerOnboarding("INTERVIEW_SCHEDULED", "s1", null, interviewAt, null), null);
        publisher.publish(EventCatalog.VOLUNTEER_INTERVIEW_SCHEDULED, id, 4, new VolunteerInterviewScheduled(
                scheduled));

        EmbeddedSmtp.CapturedMail mail = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(email), mails -> mails.size() == 1).get(0);
        assertThat(mail.subject()).isEqualTo("Votre entretien téléphonique : "
                + FrenchFormats.dateTime(interviewAt));
        assertThat(mail.text()).contains("Bonjour Claire,", "à 14 h 30", "au " + FrenchFormats.phone(phone));
        String sms = await().atMost(Duration.ofSeconds(30)).until(() -> SMS_PROVIDER.accepted(phone.substring(1)),
                calls -> calls.size() == 1).get(0).content();
        assertThat(sms).contains("vous appellera le", "14 h 30");
    }

    @Test
    void withoutSmsConsentTheConfirmationGoesByEmailOnlyAndTheSmsIsSuppressed() {
        Instant startsAt = clock.instant().plus(Duration.ofDays(3));
        publisher.publish(EventCatalog.VOLUNTEER_SESSION_BOOKED, id, 2, new VolunteerSessionBooked(
                state(2, "REGISTERED", false, null), new VideoSessionDetails("s1", startsAt, 45, "https://visio.example")));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email).size() == 1);
        List<JsonNode> sms = await().atMost(Duration.ofSeconds(10)).until(() -> deliveryLog("recipient=" + phone),
                entries -> entries.size() == 2);
        assertThat(sms).allSatisfy(entry -> {
            assertThat(entry.get("status").asString()).isEqualTo("SUPPRESSED");
            assertThat(entry.get("statusReason").asString()).contains("SMS");
        });
        assertThat(SMS_PROVIDER.callsFor(phone.substring(1))).isEmpty();
    }

    @Test
    void anActiveVolunteerGetsASummaryOfTheirPerimeter() {
        VolunteerPerimeter perimeter = new VolunteerPerimeter(List.of("INDIVIDUAL"), 10, List.of("SHOPPING",
                "DIGITAL"), List.of(new VolunteerPerimeter.WeeklySlot("MONDAY", "MORNING"),
                new VolunteerPerimeter.WeeklySlot("WEDNESDAY", "EVENING")), 2);
        publisher.publish(EventCatalog.VOLUNTEER_INTERVIEWED, id, 5, new VolunteerInterviewed(state(5, "ACTIVE",
                true, perimeter)));

        EmbeddedSmtp.CapturedMail mail = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(email), mails -> mails.size() == 1).get(0);
        assertThat(mail.subject()).isEqualTo("Bienvenue parmi les bénévoles actifs de L’Heure Civique, Claire !");
        assertThat(mail.text()).contains("entre voisins", "courses et commissions, aide numérique", "jusqu’à 10 km",
                "2 heures par mois", "lundi matin, mercredi soir");
    }

    @Test
    void anErasedVolunteerIsForgottenAndNothingScheduledGoesToThem() {
        Instant startsAt = clock.instant().plus(Duration.ofDays(4));
        publisher.publish(EventCatalog.VOLUNTEER_SESSION_BOOKED, id, 2, new VolunteerSessionBooked(
                state(2, "REGISTERED", true, null), new VideoSessionDetails("s1", startsAt, 45, "https://visio.example")));
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveryLog("recipient=" + email).size() == 2);

        publisher.publish(EventCatalog.VOLUNTEER_ERASED, id, 6, new VolunteerErased(id, Instant.now()));
        publisher.send(Topics.VOLUNTEER_EVENTS.name(), id, Map.of(), null);

        await().atMost(Duration.ofSeconds(30)).until(() -> deliveryLog("recipient=" + email).isEmpty()
                && deliveryLog("recipient=" + phone).isEmpty());
        assertThat(mongo.findById("VOLUNTEER:" + id, org.bson.Document.class, "contacts")).isNull();
        List<org.bson.Document> theirs = mongo.find(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("recipientId").is(id)),
                org.bson.Document.class, "deliveries");
        assertThat(theirs).isNotEmpty().allSatisfy(delivery -> {
            assertThat(delivery.getString("address")).isEqualTo("effacé");
            assertThat(delivery.get("textBody")).isNull();
            assertThat(delivery.getString("status")).isIn("SENT", "SUPPRESSED");
        });
    }

    private JsonNode entry(String address, String template) {
        return deliveryLog("recipient=" + address).stream()
                .filter(entry -> template.equals(entry.get("template").asString())).findFirst().orElse(null);
    }
}
