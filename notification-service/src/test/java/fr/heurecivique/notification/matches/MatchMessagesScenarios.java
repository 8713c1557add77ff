package fr.heurecivique.notification.matches;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.account.PasswordSetupRequested;
import fr.heurecivique.contracts.match.MatchAccepted;
import fr.heurecivique.contracts.match.MatchCancelled;
import fr.heurecivique.contracts.match.MatchCompleted;
import fr.heurecivique.contracts.match.MatchDeclined;
import fr.heurecivique.contracts.match.MatchNeed;
import fr.heurecivique.contracts.match.MatchProposed;
import fr.heurecivique.contracts.match.MatchState;
import fr.heurecivique.contracts.match.VolunteerMonth;
import fr.heurecivique.contracts.need.NeedCancelled;
import fr.heurecivique.contracts.need.NeedPosted;
import fr.heurecivique.contracts.need.NeedState;
import fr.heurecivique.contracts.volunteer.VolunteerConsents;
import fr.heurecivique.contracts.volunteer.VolunteerInterviewed;
import fr.heurecivique.contracts.volunteer.VolunteerPerimeter;
import fr.heurecivique.contracts.volunteer.VolunteerState;
import fr.heurecivique.contracts.volunteer.VolunteerUpdated;
import fr.heurecivique.defaults.links.SignedLinks;
import fr.heurecivique.localstack.infra.EmbeddedSmtp;
import fr.heurecivique.notification.NotificationScenarios;
import fr.heurecivique.notification.directory.Contact;
import fr.heurecivique.notification.directory.ContactDirectory;
import fr.heurecivique.notification.nudge.MonthlyNudge;
import fr.heurecivique.notification.sms.GsmText;
import fr.heurecivique.notification.templates.FrenchFormats;
import fr.heurecivique.testsupport.MutableClock;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the mise en relation tells each side: the proposal with its answer links (email and SMS, within consents and
 * quiet hours), the acceptance to the referent and to the person helped (their number fetched at send time and kept
 * masked), a decline, the thanks with the month so far; the monthly nudge; the set-password link.
 */
abstract class MatchMessagesScenarios extends NotificationScenarios {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern ANSWER_LINK = Pattern.compile(
            "http://localhost:8080/api/matches/answer\\?token=([A-Za-z0-9_.-]+)");
    private static final Pattern SHORT_LINK = Pattern.compile("http://localhost:8080/l/([0-9A-Za-z]{11})\\b");

    @Autowired
    SignedLinks links;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ContactDirectory directory;
    @Autowired
    MonthlyNudge nudge;

    String volunteerId;
    String email;
    String phone;
    String needId;
    String referentEmail;

    @BeforeEach
    void anActiveVolunteerAndAReferentOfTheirCommune() {
        moveTo(LocalTime.of(10, 0));
        volunteerId = UUID.randomUUID().toString();
        needId = UUID.randomUUID().toString();
        email = "match." + volunteerId.substring(0, 8) + "@exemple.fr";
        phone = randomMobile();
        referentEmail = "referent." + needId.substring(0, 8) + "@mairie.example.fr";
        directory.update(new Contact(Contact.idOf("REFERENT", "ref-" + needId), "REFERENT", "ref-" + needId, 0,
                "Sophie", referentEmail, "+33546515151", true, false, "17300"));
    }

    @Test
    void aProposalReachesTheVolunteerByEmailAndSmsWithSingleAnswerLinksAndAReplayAddsNothing() {
        active(true);
        String event = UUID.randomUUID().toString();
        publisher.publish(EventCatalog.MATCH_PROPOSED, event, needId, 0, new MatchProposed(match("PROPOSED", null),
                need()));

        EmbeddedSmtp.CapturedMail mail = await().atMost(WAIT).until(() -> proposals(email), mails -> mails.size() == 1)
                .get(0);
        assertThat(mail.subject()).isEqualTo("Une mission près de chez vous : Courses du jeudi");
        assertThat(mail.text()).contains("Bonjour Claire,", "courses et commissions", "jeudi 3 décembre, de 10 h à 11 h",
                "Au domicile de la personne aidée, à La Rochelle", "environ 2,4 km", "Choisir comment recevoir nos messages",
                "En acceptant, vous acceptez que vos coordonnées (e-mail et téléphone) soient transmises au référent");
        assertThat(mail.html()).contains("<strong>Courses du jeudi</strong> (<span>courses et commissions</span>)",
                "Au domicile de la personne aidée, à La Rochelle", "J’accepte", "Je ne peux pas");
        Matcher answers = ANSWER_LINK.matcher(mail.text());
        assertThat(answers.find()).isTrue();
        assertThat(links.verify(answers.group(1), "match-accept").subject()).isEqualTo("m-" + needId);
        assertThat(answers.find()).isTrue();
        assertThat(links.verify(answers.group(1), "match-decline").subject()).isEqualTo("m-" + needId);

        String sms = await().atMost(WAIT).until(() -> SMS_PROVIDER.accepted(phone.substring(1)),
                calls -> calls.size() == 1).get(0).content();
        assertThat(sms).startsWith("L'Heure Civique : La Rochelle vous propose \"Courses du jeudi\", jeudi")
                .contains("Accepter : http://localhost:8080/l/");

        // The same event again (a redelivery) sends nothing more.
        publisher.publish(EventCatalog.MATCH_PROPOSED, event, needId, 0, new MatchProposed(match("PROPOSED", null),
                need()));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> proposals(email).size() == 1
                && SMS_PROVIDER.accepted(phone.substring(1)).size() == 1);
    }

    @Test
    void theProposalSmsFitsInTwoPartsWithShortLinksThatLeadToTheSignedAnswerLinksAndThatTheLogHides() {
        active(true);
        publisher.publish(EventCatalog.MATCH_PROPOSED, needId, 0, new MatchProposed(match("PROPOSED", null), need()));

        String sms = await().atMost(WAIT).until(() -> SMS_PROVIDER.accepted(phone.substring(1)),
                calls -> calls.size() == 1).get(0).content();
        assertThat(GsmText.parts(sms)).isLessThanOrEqualTo(2);
        Matcher shortLinks = SHORT_LINK.matcher(sms);
        assertThat(shortLinks.find()).isTrue();
        String accept = shortLinks.group(1);
        assertThat(shortLinks.find()).isTrue();
        String decline = shortLinks.group(1);

        for (String[] link : new String[][] {{accept, "match-accept"}, {decline, "match-decline"}}) {
            String location = client.get().uri("/l/" + link[0]).exchange().expectStatus().isFound()
                    .expectHeader().valueEquals("Cache-Control", "no-store")
                    .returnResult(Void.class).getResponseHeaders().getLocation().toString();
            Matcher answer = ANSWER_LINK.matcher(location);
            assertThat(answer.matches()).as(location).isTrue();
            assertThat(links.verify(answer.group(1), link[1]).subject()).isEqualTo("m-" + needId);
        }
        client.get().uri("/l/" + accept.substring(1) + "x").exchange().expectStatus().isNotFound();
        // Neither the database nor the delivery log holds a token in clear.
        assertThat(mongo.findAll(Document.class, "short_links").toString()).doesNotContain(accept, decline, "token=");
        String id = entry(phone, "match-proposed").get("id").asString();
        String detail = client.get().uri("/api/notifications/{id}", id).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(detail).doesNotContain(accept, decline).contains("/l/•••");
    }

    @Test
    void withoutSmsConsentTheProposalGoesByEmailOnlyAndTheSmsIsSuppressed() {
        active(false);
        publisher.publish(EventCatalog.MATCH_PROPOSED, needId, 0, new MatchProposed(match("PROPOSED", null), need()));

        await().atMost(WAIT).until(() -> proposals(email).size() == 1);
        JsonNode sms = await().atMost(WAIT).until(() -> entry(phone, "match-proposed"), entry -> entry != null);
        assertThat(sms.get("status").asString()).isEqualTo("SUPPRESSED");
        assertThat(sms.get("statusReason").asString()).contains("SMS");
        assertThat(SMS_PROVIDER.callsFor(phone.substring(1))).isEmpty();
    }

    @Test
    void aProposalMadeAtTenInTheEveningHasItsSmsDeferredToEightInTheMorning() {
        active(true);
        moveTo(LocalTime.of(22, 0));
        publisher.publish(EventCatalog.MATCH_PROPOSED, needId, 0, new MatchProposed(match("PROPOSED", null), need()));

        await().atMost(WAIT).until(() -> proposals(email).size() == 1);
        JsonNode sms = await().atMost(WAIT).until(() -> entry(phone, "match-proposed"),
                entry -> entry != null && "DEFERRED".equals(entry.get("status").asString()));
        ZonedDateTime at = Instant.parse(sms.get("nextAttemptAt").asString()).atZone(PARIS);
        assertThat(at.toLocalTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(at.toLocalDate()).isEqualTo(clock.instant().atZone(PARIS).toLocalDate().plusDays(1));
        assertThat(SMS_PROVIDER.callsFor(phone.substring(1))).isEmpty();
    }

    @Test
    void anAcceptanceTellsTheReferentAndTheBeneficiaryWhoConsentedBySmsWhoseNumberStaysMasked() {
        active(true);
        String beneficiaryId = "b-" + needId;
        String beneficiaryPhone = randomMobile();
        COMMUNE_SERVICE.beneficiary(beneficiaryId, beneficiaryPhone);
        postNeed(beneficiaryId, null);
        publisher.publish(EventCatalog.MATCH_ACCEPTED, needId, 1, new MatchAccepted(match("ACCEPTED", null), need()));

        EmbeddedSmtp.CapturedMail toReferent = await().atMost(WAIT).until(() -> mailsTo(referentEmail),
                mails -> mails.size() == 1).get(0);
        assertThat(toReferent.subject()).isEqualTo("Claire a accepté : Courses du jeudi");
        // The referent in charge and the volunteer can reach each other (the volunteer consented by accepting).
        assertThat(toReferent.text()).contains("Bonjour Sophie,", "vous pouvez joindre Claire", "- e-mail : " + email,
                "- téléphone : " + FrenchFormats.phone(phone));
        assertThat(toReferent.html()).contains("mailto:" + email, FrenchFormats.phone(phone));
        EmbeddedSmtp.CapturedMail confirmation = await().atMost(WAIT).until(() -> mailsTo(email).stream()
                .filter(mail -> mail.subject().startsWith("Mission confirmée")).toList(), mails -> mails.size() == 1)
                .get(0);
        assertThat(confirmation.subject()).isEqualTo("Mission confirmée : Courses du jeudi");
        assertThat(confirmation.text()).contains("Bonjour Claire,", "à la mairie de La Rochelle : Sophie",
                "- e-mail : " + referentEmail, "- téléphone : 05 46 51 51 51",
                "Sophie a reçu vos coordonnées pour organiser la mission avec vous.");
        String sms = await().atMost(WAIT).until(() -> SMS_PROVIDER.accepted(beneficiaryPhone.substring(1)),
                calls -> calls.size() == 1).get(0).content();
        assertThat(sms).contains("Claire, bénévole, viendra vous aider", "Courses du jeudi");
        Document logged = mongo.findOne(Query.query(Criteria.where("recipientId").is(beneficiaryId)), Document.class,
                "deliveries");
        assertThat(logged.getString("status")).isEqualTo("SENT");
        assertThat(logged.getString("address")).doesNotContain(beneficiaryPhone.substring(4)).contains("•••");
    }

    @Test
    void theDayBeforeTheMissionTheVolunteerAndTheBeneficiaryWhoConsentedAreReminded() {
        active(true);
        String beneficiaryId = "b-" + needId;
        String beneficiaryPhone = randomMobile();
        COMMUNE_SERVICE.beneficiary(beneficiaryId, beneficiaryPhone);
        postNeed(beneficiaryId, null);
        moveTo(LocalTime.of(12, 0));
        java.time.LocalDate day = clock.instant().atZone(PARIS).toLocalDate().plusDays(2);
        MatchNeed need = need();
        MatchNeed scheduled = new MatchNeed(need.needId(), need.title(), need.kind(), need.mode(),
                need.communeInsee(), need.communeName(), need.placeKind(), need.placeLabel(), null,
                new fr.heurecivique.contracts.need.NeedSchedule("ONCE", day, null, null, null, LocalTime.of(14, 0),
                        LocalTime.of(16, 0)), "le " + day, 60, 1, 1, 0, true, false, 1);
        publisher.publish(EventCatalog.MATCH_ACCEPTED, needId, 1, new MatchAccepted(match("ACCEPTED", null),
                scheduled));

        // The confirmations go now; the reminders wait for the day before, at 10:00.
        await().atMost(WAIT).until(() -> SMS_PROVIDER.accepted(beneficiaryPhone.substring(1)),
                calls -> calls.size() == 1);
        JsonNode planned = await().atMost(WAIT).until(() -> entry(email, "mission-reminder-volunteer"),
                java.util.Objects::nonNull);
        assertThat(Instant.parse(planned.get("nextAttemptAt").asString()).atZone(PARIS))
                .isEqualTo(day.minusDays(1).atTime(10, 0).atZone(PARIS));
        assertThat(mailsTo(email)).noneMatch(mail -> mail.subject().startsWith("Rappel"));

        moveTo(LocalTime.of(10, 0));
        EmbeddedSmtp.CapturedMail reminder = await().atMost(WAIT).until(() -> mailsTo(email).stream()
                .filter(mail -> mail.subject().startsWith("Rappel")).toList(), mails -> mails.size() == 1).get(0);
        String dayLabel = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", java.util.Locale.FRANCE)
                .format(day);
        assertThat(reminder.subject()).isEqualTo("Rappel : demain, Courses du jeudi");
        assertThat(reminder.text()).contains("Bonjour Claire,", "demain, " + dayLabel + " à partir de 14 h,");
        assertThat(await().atMost(WAIT).until(() -> SMS_PROVIDER.accepted(phone.substring(1)), calls -> calls
                .stream().anyMatch(call -> call.content().startsWith("Rappel")))).anySatisfy(call -> assertThat(
                        call.content()).contains("demain, " + dayLabel + " à partir de 14 h", "Courses du jeudi"));
        assertThat(await().atMost(WAIT).until(() -> SMS_PROVIDER.accepted(beneficiaryPhone.substring(1)),
                calls -> calls.size() == 2).get(1).content())
                .contains("Claire, bénévole, vient vous aider demain, " + dayLabel);
    }

    @Test
    void aMissionCancelledBeforeTheDayBeforeSendsNoReminder() {
        active(false);
        postNeed(null, null);
        moveTo(LocalTime.of(12, 0));
        java.time.LocalDate day = clock.instant().atZone(PARIS).toLocalDate().plusDays(2);
        MatchNeed need = need();
        MatchNeed scheduled = new MatchNeed(need.needId(), need.title(), need.kind(), need.mode(),
                need.communeInsee(), need.communeName(), need.placeKind(), need.placeLabel(), null,
                new fr.heurecivique.contracts.need.NeedSchedule("ONCE", day, null, null, null, LocalTime.of(14, 0),
                        LocalTime.of(16, 0)), "le " + day, 60, 1, 1, 0, true, false, 1);
        MatchState accepted = match("ACCEPTED", null);
        publisher.publish(EventCatalog.MATCH_ACCEPTED, needId, 1, new MatchAccepted(accepted, scheduled));
        await().atMost(WAIT).until(() -> entry(email, "mission-reminder-volunteer"), java.util.Objects::nonNull);
        publisher.publish(EventCatalog.MATCH_CANCELLED, needId, 2, new MatchCancelled(versioned(
                match("CANCELLED", null), 1, "VOLUNTEER", "NO_LONGER_AVAILABLE"), scheduled));
        await().atMost(WAIT).until(() -> "CANCELLED".equals(mongo.findById(accepted.matchId(), MatchFact.class)
                .status()));

        moveTo(LocalTime.of(10, 0));
        JsonNode suppressed = await().atMost(WAIT).until(() -> entry(email, "mission-reminder-volunteer"),
                entry -> "SUPPRESSED".equals(entry.get("status").asString()));
        assertThat(suppressed.get("statusReason").asString()).contains("annulée");
        assertThat(mailsTo(email)).noneMatch(mail -> mail.subject().startsWith("Rappel"));
    }

    @Test
    void aBeneficiaryWhoDidNotConsentIsNotContactedAndTheSmsIsSuppressed() {
        active(true);
        String beneficiaryId = "b-" + needId;
        COMMUNE_SERVICE.beneficiaryWithoutConsent(beneficiaryId);
        postNeed(beneficiaryId, null);
        publisher.publish(EventCatalog.MATCH_ACCEPTED, needId, 1, new MatchAccepted(match("ACCEPTED", null), need()));

        await().atMost(WAIT).until(() -> mailsTo(referentEmail).size() == 1);
        Document logged = await().atMost(WAIT).until(() -> mongo.findOne(Query.query(Criteria.where("recipientId")
                .is(beneficiaryId)), Document.class, "deliveries"),
                delivery -> delivery != null && "SUPPRESSED".equals(delivery.getString("status")));
        assertThat(logged.getString("statusReason")).contains("pas consenti");
    }

    @Test
    void anAssociationsContactIsToldByEmail() {
        active(true);
        String associationId = "a-" + needId;
        String contact = "contact." + needId.substring(0, 8) + "@association.example.fr";
        COMMUNE_SERVICE.association(associationId, contact);
        postNeed(null, associationId);
        publisher.publish(EventCatalog.MATCH_ACCEPTED, needId, 1, new MatchAccepted(match("ACCEPTED", null), need()));

        EmbeddedSmtp.CapturedMail mail = await().atMost(WAIT).until(() -> mailsTo(contact), mails -> mails.size() == 1)
                .get(0);
        assertThat(mail.subject()).isEqualTo("Un bénévole viendra vous aider : Courses du jeudi");
        assertThat(mail.text()).contains("à la mairie de La Rochelle : Sophie", "- e-mail : " + referentEmail,
                "- téléphone : 05 46 51 51 51").doesNotContain(email);
    }

    @Test
    void aDeclineIsToldToTheReferentWithItsReason() {
        active(true);
        publisher.publish(EventCatalog.MATCH_DECLINED, needId, 1, new MatchDeclined(match("DECLINED", "TOO_FAR"),
                need()));

        EmbeddedSmtp.CapturedMail mail = await().atMost(WAIT).until(() -> mailsTo(referentEmail),
                mails -> mails.size() == 1).get(0);
        assertThat(mail.subject()).isEqualTo("Claire ne peut pas : Courses du jeudi");
        assertThat(mail.text()).contains("(trop loin)");
    }

    @Test
    void aCompletionThanksTheVolunteerWithTheirMonthSoFar() {
        active(true);
        MatchState completed = new MatchState("m-" + needId, 3, needId, volunteerId, "COMPLETED", "ref-" + needId,
                Instant.now(), null, 2.4, Instant.now(), null, Instant.now(), 75, null, null, Instant.now());
        publisher.publish(EventCatalog.MATCH_COMPLETED, needId, 3, new MatchCompleted(completed, need(),
                new VolunteerMonth(YearMonth.now().toString(), 135, 2)));

        EmbeddedSmtp.CapturedMail mail = await().atMost(WAIT).until(() -> mailsTo(email), mails -> mails.stream()
                .anyMatch(m -> m.subject().startsWith("Merci"))).stream().filter(m -> m.subject().startsWith("Merci"))
                .findFirst().orElseThrow();
        assertThat(mail.text()).contains("Courses du jeudi, 1 h 15", "vous avez donné 2 h 15",
                "pour un engagement de 2 heures par mois", "Engagement tenu");
    }

    @Test
    void theMonthlyNudgeGoesOnceToActiveVolunteersWhoHaveNotGivenTheirHours() {
        active(true);
        String givenId = UUID.randomUUID().toString();
        String givenEmail = "given." + givenId.substring(0, 8) + "@exemple.fr";
        publishActive(givenId, givenEmail, randomMobile(), true);
        await().atMost(WAIT).until(() -> mailsTo(givenEmail).size() == 1 && mailsTo(email).size() == 1);
        ZonedDateTime nextNudge = YearMonth.from(clock.instant().atZone(PARIS)).plusMonths(1).atDay(15)
                .atTime(10, 5).atZone(PARIS);
        ((MutableClock) clock).advance(Duration.between(clock.instant(), nextNudge.toInstant()));
        MatchState completed = new MatchState("m-" + needId, 3, needId, givenId, "COMPLETED", null, Instant.now(),
                null, 1.0, Instant.now(), null, Instant.now(), 60, null, null, Instant.now());
        publisher.publish(EventCatalog.MATCH_COMPLETED, needId, 3, new MatchCompleted(completed, need(),
                new VolunteerMonth(YearMonth.from(nextNudge).toString(), 60, 1)));
        await().atMost(WAIT).until(() -> mailsTo(givenEmail).size() == 2); // the thanks

        nudge.runIfDue();
        nudge.runIfDue();

        List<EmbeddedSmtp.CapturedMail> nudged = await().atMost(WAIT).until(() -> mailsTo(email).stream()
                .filter(mail -> mail.subject().startsWith("Et votre heure civique")).toList(), mails -> mails.size() == 1);
        assertThat(nudged.get(0).text()).contains("pas encore donné votre heure civique");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(email).stream()
                .filter(mail -> mail.subject().startsWith("Et votre heure civique")).count() == 1
                && mailsTo(givenEmail).stream().noneMatch(mail -> mail.subject().startsWith("Et votre heure civique")));
    }

    @Test
    void aSetPasswordLinkIsEmailedAndForgottenOnceSent() {
        String accountId = UUID.randomUUID().toString();
        String address = "staff." + accountId.substring(0, 8) + "@exemple.fr";
        String link = "http://localhost:9000/account/password?token=secret-" + accountId;
        publisher.publish(EventCatalog.ACCOUNT_PASSWORD_SETUP_REQUESTED, accountId, 0, new PasswordSetupRequested(
                accountId, address, null, link, Instant.now().plus(Duration.ofDays(7)), "STAFF_ACCOUNT"));

        EmbeddedSmtp.CapturedMail mail = await().atMost(WAIT).until(() -> mailsTo(address), mails -> mails.size() == 1)
                .get(0);
        assertThat(mail.subject()).isEqualTo("Choisissez votre mot de passe – L’Heure Civique");
        assertThat(mail.text()).startsWith("Bonjour,").contains(link, "Un compte a été créé pour vous");
        Document logged = await().atMost(WAIT).until(() -> mongo.findOne(Query.query(Criteria.where("recipientId")
                .is(accountId)), Document.class, "deliveries"),
                delivery -> delivery != null && "SENT".equals(delivery.getString("status")));
        assertThat(logged.get("textBody")).isNull();
        assertThat(logged.get("htmlBody")).isNull();
    }

    @Test
    void aDeferredSmsForANeedCancelledOvernightIsSuppressedAtEightWithItsReason() {
        active(true);
        String beneficiaryId = "b-" + needId;
        String beneficiaryPhone = randomMobile();
        COMMUNE_SERVICE.beneficiary(beneficiaryId, beneficiaryPhone);
        postNeed(beneficiaryId, null);
        moveTo(LocalTime.of(22, 0));
        publisher.publish(EventCatalog.MATCH_ACCEPTED, needId, 1, new MatchAccepted(match("ACCEPTED", null), need()));
        await().atMost(WAIT).until(() -> beneficiaryDelivery(beneficiaryId),
                delivery -> delivery != null && "DEFERRED".equals(delivery.getString("status")));

        ((MutableClock) clock).advance(Duration.ofMinutes(4)); // 22:04: the commune cancels the need
        publisher.publish(EventCatalog.NEED_CANCELLED, needId, 1, new NeedCancelled(needState(1, "CANCELLED",
                beneficiaryId, null)));
        await().atMost(WAIT).until(() -> "CANCELLED".equals(mongo.findById(needId, NeedParties.class).status()));
        moveTo(LocalTime.of(8, 0));

        Document suppressed = await().atMost(WAIT).until(() -> beneficiaryDelivery(beneficiaryId),
                delivery -> "SUPPRESSED".equals(delivery.getString("status")));
        assertThat(suppressed.getString("statusReason")).isEqualTo(
                "Plus d’actualité : le besoin a été annulé entre-temps");
        JsonNode logged = deliveryLog("sourceEventId=" + suppressed.getString("sourceEventId") + "&status=SUPPRESSED")
                .stream().filter(entry -> beneficiaryId.equals(entry.get("recipientId").asString())).findFirst()
                .orElseThrow();
        assertThat(logged.get("statusReason").asString()).contains("le besoin a été annulé");
        assertThat(SMS_PROVIDER.callsFor(beneficiaryPhone.substring(1))).isEmpty();
    }

    @Test
    void aDeferredProposalSmsForAProposalCancelledOvernightIsSuppressed() {
        active(true);
        moveTo(LocalTime.of(22, 0));
        publisher.publish(EventCatalog.MATCH_PROPOSED, needId, 0, new MatchProposed(match("PROPOSED", null), need()));
        await().atMost(WAIT).until(() -> entry(phone, "match-proposed"),
                entry -> entry != null && "DEFERRED".equals(entry.get("status").asString()));

        publisher.publish(EventCatalog.MATCH_CANCELLED, needId, 1, new MatchCancelled(versioned(match("CANCELLED",
                null), 1, "REFERENT", "OTHER"), need()));
        await().atMost(WAIT).until(() -> "CANCELLED".equals(mongo.findById("m-" + needId, MatchFact.class).status()));
        moveTo(LocalTime.of(8, 0));

        JsonNode suppressed = await().atMost(WAIT).until(() -> entry(phone, "match-proposed"),
                entry -> "SUPPRESSED".equals(entry.get("status").asString()));
        assertThat(suppressed.get("statusReason").asString()).isEqualTo(
                "Plus d’actualité : la mise en relation a été annulée entre-temps");
        assertThat(SMS_PROVIDER.callsFor(phone.substring(1))).isEmpty();
    }

    @Test
    void aDeferredSmsGoesToTheNumberTheVolunteerHasAtEightNotTheOneTheyHadAtTen() {
        active(true);
        moveTo(LocalTime.of(22, 0));
        publisher.publish(EventCatalog.MATCH_PROPOSED, needId, 0, new MatchProposed(match("PROPOSED", null), need()));
        await().atMost(WAIT).until(() -> entry(phone, "match-proposed"),
                entry -> entry != null && "DEFERRED".equals(entry.get("status").asString()));

        String newPhone = randomMobile();
        publisher.publish(EventCatalog.VOLUNTEER_UPDATED, volunteerId, 6, new VolunteerUpdated(volunteer(6, newPhone,
                true), List.of("phone")));
        await().atMost(WAIT).until(() -> newPhone.equals(directory.find("VOLUNTEER", volunteerId).orElseThrow()
                .phone()));
        moveTo(LocalTime.of(8, 0));

        String sms = await().atMost(WAIT).until(() -> SMS_PROVIDER.accepted(newPhone.substring(1)),
                calls -> calls.size() == 1).get(0).content();
        assertThat(sms).contains("vous propose");
        assertThat(SMS_PROVIDER.callsFor(phone.substring(1))).isEmpty();
        assertThat(entry(newPhone, "match-proposed").get("status").asString()).isEqualTo("SENT");
    }

    @Test
    void aDeferredSmsToAVolunteerWhoWithdrewTheirSmsConsentOvernightIsSuppressed() {
        active(true);
        moveTo(LocalTime.of(22, 0));
        publisher.publish(EventCatalog.MATCH_PROPOSED, needId, 0, new MatchProposed(match("PROPOSED", null), need()));
        await().atMost(WAIT).until(() -> entry(phone, "match-proposed"),
                entry -> entry != null && "DEFERRED".equals(entry.get("status").asString()));

        publisher.publish(EventCatalog.VOLUNTEER_UPDATED, volunteerId, 6, new VolunteerUpdated(volunteer(6, phone,
                false), List.of("consents")));
        await().atMost(WAIT).until(() -> !directory.find("VOLUNTEER", volunteerId).orElseThrow().smsConsent());
        moveTo(LocalTime.of(8, 0));

        JsonNode suppressed = await().atMost(WAIT).until(() -> entry(phone, "match-proposed"),
                entry -> "SUPPRESSED".equals(entry.get("status").asString()));
        assertThat(suppressed.get("statusReason").asString()).contains("consentement retiré");
        assertThat(SMS_PROVIDER.callsFor(phone.substring(1))).isEmpty();
    }

    @Test
    void anErasedVolunteersAcceptedMissionIsToldCancelledToTheReferentAndTheBeneficiaryWithoutNamingThem() {
        active(true);
        String beneficiaryId = "b-" + needId;
        String beneficiaryPhone = randomMobile();
        COMMUNE_SERVICE.beneficiary(beneficiaryId, beneficiaryPhone);
        postNeed(beneficiaryId, null);
        publisher.publish(EventCatalog.MATCH_CANCELLED, needId, 2, new MatchCancelled(cancelled("VOLUNTEER_ERASED",
                null, "ACCEPTED"), need()));

        EmbeddedSmtp.CapturedMail toReferent = await().atMost(WAIT).until(() -> mailsTo(referentEmail),
                mails -> mails.size() == 1).get(0);
        assertThat(toReferent.subject()).isEqualTo("Mission annulée : Courses du jeudi");
        assertThat(toReferent.text()).contains("Bonjour Sophie,", "La mission suivante est annulée : le bénévole qui "
                + "l’avait acceptée ne peut plus s’en charger (motif : le bénévole a quitté le dispositif et fait "
                + "effacer ses données).", "Courses du jeudi").doesNotContain("Claire");
        assertThat(toReferent.html()).doesNotContain("Claire");
        String sms = await().atMost(WAIT).until(() -> SMS_PROVIDER.accepted(beneficiaryPhone.substring(1)),
                calls -> calls.size() == 1).get(0).content();
        assertThat(sms).contains("\"Courses du jeudi\"", "est annulée").doesNotContain("Claire");
    }

    @Test
    void anErasedVolunteersAcceptedMissionIsToldCancelledToTheAssociationByEmail() {
        active(true);
        String associationId = "a-" + needId;
        String contact = "contact." + needId.substring(0, 8) + "@association.example.fr";
        COMMUNE_SERVICE.association(associationId, contact);
        postNeed(null, associationId);
        publisher.publish(EventCatalog.MATCH_CANCELLED, needId, 2, new MatchCancelled(cancelled("VOLUNTEER_ERASED",
                null, "ACCEPTED"), need()));

        EmbeddedSmtp.CapturedMail mail = await().atMost(WAIT).until(() -> mailsTo(contact), mails -> mails.size() == 1)
                .get(0);
        assertThat(mail.subject()).isEqualTo("Mission annulée : Courses du jeudi");
        assertThat(mail.text()).contains("Le bénévole qui devait venir vous aider ne pourra pas le faire")
                .doesNotContain("Claire");
        await().atMost(WAIT).until(() -> mailsTo(referentEmail).size() == 1);
    }

    @Test
    void aPendingProposalWithdrawnBecauseTheVolunteerPausedIsToldToTheReferentWithItsReasonAndNobodyElse() {
        active(true);
        String beneficiaryId = "b-" + needId;
        COMMUNE_SERVICE.beneficiary(beneficiaryId, randomMobile());
        postNeed(beneficiaryId, null);
        // No previousStatus: read as a pending proposal.
        publisher.publish(EventCatalog.MATCH_CANCELLED, needId, 1, new MatchCancelled(cancelled("VOLUNTEER_PAUSED",
                volunteerId), need()));

        EmbeddedSmtp.CapturedMail mail = await().atMost(WAIT).until(() -> mailsTo(referentEmail),
                mails -> mails.size() == 1).get(0);
        assertThat(mail.subject()).isEqualTo("Proposition retirée : Courses du jeudi");
        assertThat(mail.text()).contains("La proposition de mission faite à Claire est retirée automatiquement "
                + "(motif : participation mise en pause par le bénévole)");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> beneficiaryDelivery(beneficiaryId) == null);
    }

    @Test
    void pendingProposalsWithdrawnBecauseTheVolunteerMovedWithdrewOrWasErasedSayWhy() {
        active(true);
        String[][] cases = {{"VOLUNTEER_MOVED", "le bénévole a déménagé dans une autre commune", volunteerId},
                {"VOLUNTEER_WITHDRAWN", "le bénévole a quitté le dispositif)", volunteerId},
                {"VOLUNTEER_ERASED", "faite à un bénévole est retirée", null}};
        for (String[] reason : cases) {
            String event = UUID.randomUUID().toString();
            publisher.publish(EventCatalog.MATCH_CANCELLED, event, needId, 1, new MatchCancelled(cancelled(reason[0],
                    reason[2], "PROPOSED"), need()));
            await().atMost(WAIT).until(() -> mailsTo(referentEmail).stream().anyMatch(mail ->
                    mail.subject().equals("Proposition retirée : Courses du jeudi")
                            && mail.text().contains(reason[1])));
        }
    }

    private MatchState cancelled(String reason, String volunteer) {
        return cancelled(reason, volunteer, null);
    }

    private MatchState cancelled(String reason, String volunteer, String previousStatus) {
        Instant now = clock.instant();
        return new MatchState("m-" + needId, 2, needId, volunteer, "CANCELLED", "ref-" + needId, now,
                now.plus(Duration.ofHours(72)), 2.4, null, null, null, null, "SYSTEM", reason, now, null,
                previousStatus, null);
    }

    private Document beneficiaryDelivery(String beneficiaryId) {
        return mongo.findOne(Query.query(Criteria.where("recipientId").is(beneficiaryId)), Document.class,
                "deliveries");
    }

    private static MatchState versioned(MatchState match, long version, String cancelledBy, String reason) {
        return new MatchState(match.matchId(), version, match.needId(), match.volunteerId(), match.status(),
                match.proposedBy(), match.proposedAt(), match.expiresAt(), match.distanceKm(), match.respondedAt(),
                match.declineReason(), match.completedAt(), match.actualMinutes(), cancelledBy, reason,
                match.updatedAt());
    }

    private VolunteerState volunteer(long version, String mobile, boolean sms) {
        VolunteerPerimeter perimeter = new VolunteerPerimeter(List.of("INDIVIDUAL"), 10, List.of("SHOPPING"),
                List.of(new VolunteerPerimeter.WeeklySlot("THURSDAY", "MORNING")), 1);
        return new VolunteerState(volunteerId, version, "ACTIVE", "Claire", "Martin", email, mobile, "17300", null,
                new VolunteerConsents(true, true, sms, true), Instant.now(), 46.16, -1.15, null, perimeter);
    }

    private NeedState needState(long version, String status, String beneficiaryId, String associationId) {
        return new NeedState(needId, version, "17300", "Courses du jeudi", "SHOPPING", "Des courses au marché",
                status, 46.16, -1.15, Instant.now(), associationId == null ? "INDIVIDUAL" : "ORGANISED",
                beneficiaryId, associationId, associationId == null ? null : "Les Amis", "BENEFICIARY_HOME", false,
                null, 60, 1, "NORMAL", null, Instant.now());
    }

    private List<EmbeddedSmtp.CapturedMail> proposals(String address) {
        return mailsTo(address).stream().filter(mail -> mail.subject().startsWith("Une mission")).toList();
    }

    private JsonNode entry(String address, String template) {
        return deliveryLog("recipient=" + address).stream()
                .filter(entry -> template.equals(entry.get("template").asString())).findFirst().orElse(null);
    }

    private void active(boolean sms) {
        publishActive(volunteerId, email, phone, sms);
        await().atMost(WAIT).until(() -> mailsTo(email).size() == 1); // "you are active"
    }

    private void publishActive(String id, String address, String mobile, boolean sms) {
        VolunteerPerimeter perimeter = new VolunteerPerimeter(List.of("INDIVIDUAL"), 10, List.of("SHOPPING"),
                List.of(new VolunteerPerimeter.WeeklySlot("THURSDAY", "MORNING")), 1);
        publisher.publish(EventCatalog.VOLUNTEER_INTERVIEWED, id, 5, new VolunteerInterviewed(new VolunteerState(id,
                5, "ACTIVE", "Claire", "Martin", address, mobile, "17300", null,
                new VolunteerConsents(true, true, sms, true), Instant.now(), 46.16, -1.15, null, perimeter)));
    }

    private void postNeed(String beneficiaryId, String associationId) {
        publisher.publish(EventCatalog.NEED_POSTED, needId, 0, new NeedPosted(needState(0, "OPEN", beneficiaryId,
                associationId)));
        await().atMost(WAIT).until(() -> mongo.findById(needId, NeedParties.class) != null);
    }

    private MatchState match(String status, String declineReason) {
        Instant now = clock.instant();
        return new MatchState("m-" + needId, 0, needId, volunteerId, status, "ref-" + needId, now,
                now.plus(Duration.ofHours(72)), 2.4, null, declineReason, null, null, null, null, now);
    }

    private MatchNeed need() {
        return new MatchNeed(needId, "Courses du jeudi", "SHOPPING", "INDIVIDUAL", "17300", "La Rochelle",
                "BENEFICIARY_HOME", "Au domicile de la personne aidée, à La Rochelle", null, null,
                "jeudi 3 décembre, de 10 h à 11 h", 60, 1, 0, 0, false, false, 0);
    }

    private static String randomMobile() {
        return "+336" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
