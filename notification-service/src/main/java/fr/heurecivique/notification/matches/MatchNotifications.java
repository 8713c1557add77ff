package fr.heurecivique.notification.matches;

import fr.heurecivique.contracts.match.MatchNeed;
import fr.heurecivique.contracts.match.MatchState;
import fr.heurecivique.contracts.match.VolunteerMonth;
import fr.heurecivique.defaults.inbox.ReadModels;
import fr.heurecivique.defaults.links.LinksProperties;
import fr.heurecivique.defaults.links.SignedLinks;
import fr.heurecivique.notification.communes.CommuneNotifications;
import fr.heurecivique.notification.delivery.Channel;
import fr.heurecivique.notification.delivery.Deliveries;
import fr.heurecivique.notification.delivery.Recipient;
import fr.heurecivique.notification.delivery.StillTrue;
import fr.heurecivique.notification.directory.Contact;
import fr.heurecivique.notification.directory.ContactDirectory;
import fr.heurecivique.notification.links.ShortLinks;
import fr.heurecivique.notification.templates.FrenchFormats;
import fr.heurecivique.notification.templates.MessageTemplates;
import fr.heurecivique.notification.volunteers.VolunteerNotifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the mise en relation tells each side. The volunteer: a proposal (email and SMS, with signed links to accept
 * or decline without signing in), a proposal withdrawn because the need is full, a cancellation, and thanks with
 * their month so far once the help is recorded. The referent who proposed (or, when the directory does not know them,
 * every referent of the need's commune): an acceptance, a decline, an expiry, a cancellation by the volunteer. The
 * person helped, on acceptance: by SMS if they consented (their number is fetched from commune-service at send time),
 * or the association's contact by email.
 */
@Service
public class MatchNotifications {

    public static final String BENEFICIARY = "BENEFICIARY";
    public static final String ASSOCIATION = "ASSOCIATION";
    static final String PROPOSED = "match-proposed";
    static final String ACCEPTED_REFERENT = "match-accepted-referent";
    static final String ACCEPTED_VOLUNTEER = "match-accepted-volunteer";
    static final String ACCEPTED_BENEFICIARY = "match-accepted-beneficiary";
    static final String ACCEPTED_ASSOCIATION = "match-accepted-association";
    static final String REMINDER_VOLUNTEER = "mission-reminder-volunteer";
    static final String REMINDER_BENEFICIARY = "mission-reminder-beneficiary";
    /** A mission's reminders go at this time, the day before it (Paris time), as a session's do. */
    static final java.time.LocalTime REMINDER_TIME = java.time.LocalTime.of(10, 0);
    private static final java.time.format.DateTimeFormatter MISSION_DAY = java.time.format.DateTimeFormatter
            .ofPattern("EEEE d MMMM", java.util.Locale.FRANCE);
    static final String DECLINED_REFERENT = "match-declined-referent";
    static final String EXPIRED_REFERENT = "match-expired-referent";
    static final String CANCELLED_REFERENT = "match-cancelled-referent";
    static final String WITHDRAWN = "match-withdrawn";
    static final String CANCELLED_VOLUNTEER = "match-cancelled-volunteer";
    static final String COMPLETED = "match-completed";
    static final String MISSION_CANCELLED_REFERENT = "match-mission-cancelled-referent";
    static final String PROPOSAL_WITHDRAWN_REFERENT = "match-proposal-withdrawn-referent";
    static final String CANCELLED_BENEFICIARY = "match-cancelled-beneficiary";
    static final String CANCELLED_ASSOCIATION = "match-cancelled-association";
    /** Cancellations because of the volunteer's situation, as the referent reads them. */
    private static final Map<String, String> VOLUNTEER_SIDE = Map.of(
            "VOLUNTEER_PAUSED", "participation mise en pause par le bénévole",
            "VOLUNTEER_MOVED", "le bénévole a déménagé dans une autre commune",
            "VOLUNTEER_WITHDRAWN", "le bénévole a quitté le dispositif",
            "VOLUNTEER_ERASED", "le bénévole a quitté le dispositif et fait effacer ses données");
    /** Purposes of the signed answer links, verified by matching-service's answer page. */
    public static final String ACCEPT_LINK = "match-accept";
    public static final String DECLINE_LINK = "match-decline";
    /** How long an answer link works when the proposal does not say when it expires. */
    static final Duration DEFAULT_ANSWER_VALIDITY = Duration.ofHours(72);

    private static final Logger log = LoggerFactory.getLogger(MatchNotifications.class);

    private final Deliveries deliveries;
    private final MessageTemplates templates;
    private final ContactDirectory directory;
    private final VolunteerNotifications volunteers;
    private final SignedLinks links;
    private final LinksProperties linksProperties;
    private final ReadModels readModels;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final ShortLinks shortLinks;

    MatchNotifications(Deliveries deliveries, MessageTemplates templates, ContactDirectory directory,
            VolunteerNotifications volunteers, SignedLinks links, LinksProperties linksProperties,
            ReadModels readModels, MongoTemplate mongo, Clock clock, ShortLinks shortLinks) {
        this.shortLinks = shortLinks;
        this.deliveries = deliveries;
        this.templates = templates;
        this.directory = directory;
        this.volunteers = volunteers;
        this.links = links;
        this.linksProperties = linksProperties;
        this.readModels = readModels;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Keeps who the need is for (ids only). */
    public void needChanged(NeedParties parties) {
        readModels.storeIfNewer(parties.id(), parties.version(), parties);
    }

    /** Keeps where the match stands (ids and status only), to check messages about it before they leave. */
    public void matchChanged(MatchState match) {
        readModels.storeIfNewer(match.matchId(), match.version(), new MatchFact(match.matchId(), match.version(),
                match.needId(), match.status()));
    }

    /** A proposal: the volunteer gets it by email and SMS, with a link to accept and a link to decline. */
    public void proposed(String eventId, MatchState match, MatchNeed need) {
        Optional<Contact> volunteer = volunteer(match);
        if (volunteer.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Duration validity = match.expiresAt() != null && match.expiresAt().isAfter(now)
                ? Duration.between(now, match.expiresAt()) : DEFAULT_ANSWER_VALIDITY;
        Map<String, Object> variables = needVariables(need);
        variables.put("distanceKm", match.distanceKm() == null ? null
                : String.format(Locale.FRANCE, "%.1f", match.distanceKm()));
        variables.put("expiresAt", FrenchFormats.dateTime(now.plus(validity)));
        String acceptUrl = answerUrl(ACCEPT_LINK, match.matchId(), validity);
        String declineUrl = answerUrl(DECLINE_LINK, match.matchId(), validity);
        variables.put("acceptUrl", acceptUrl);
        variables.put("declineUrl", declineUrl);
        // An SMS part holds 153 characters: the SMS carries short links to the same signed links.
        variables.put("acceptShortUrl", shortLinks.shorten(acceptUrl, validity));
        variables.put("declineShortUrl", shortLinks.shorten(declineUrl, validity));
        volunteers.send(eventId, volunteer.get(), PROPOSED, variables, true, now,
                StillTrue.match(need.needId(), match.matchId(), "PROPOSED"));
    }

    /**
     * The volunteer accepted: the referent in charge is told, with the volunteer's means of contact (the volunteer
     * consented by accepting: the proposal says so); the volunteer gets a confirmation naming that referent with
     * theirs; the person helped is told — by SMS if they consented (commune-service refuses their number otherwise,
     * and the SMS is recorded suppressed), or the association's contact by email, with the referent's contact.
     */
    public void accepted(String eventId, MatchState match, MatchNeed need) {
        Map<String, Object> variables = needVariables(need);
        Optional<Contact> volunteer = volunteer(match);
        variables.put("volunteerFirstName", volunteer.map(Contact::firstName).orElse("Un bénévole"));
        StillTrue stillAccepted = StillTrue.match(need.needId(), match.matchId(), "ACCEPTED");
        List<Contact> referents = referentsOf(match, need);
        Map<String, Object> toReferent = new HashMap<>(variables);
        toReferent.put("volunteerEmail", volunteer.map(Contact::email).orElse(null));
        toReferent.put("volunteerPhone", volunteer.map(contact -> FrenchFormats.phone(contact.phone())).orElse(null));
        toReferents(eventId, match, need, ACCEPTED_REFERENT, toReferent, referents, stillAccepted);
        Map<String, Object> withReferent = new HashMap<>(variables);
        referentInCharge(referents, withReferent);
        volunteer.ifPresent(contact -> volunteers.send(eventId, contact, ACCEPTED_VOLUNTEER, withReferent, false,
                clock.instant(), stillAccepted));
        toPersonHelped(eventId, match, need, ACCEPTED_BENEFICIARY, ACCEPTED_ASSOCIATION, withReferent,
                stillAccepted);
        remindTheDayBefore(eventId, match, need, volunteer, withReferent, stillAccepted);
    }

    /**
     * The day before the mission (the match's date of a weekly need, or the one-off need's date) at
     * {@link #REMINDER_TIME}: a reminder to the volunteer (email, and SMS if they chose it) and, for a resident's
     * need, an SMS to the person helped (their number given at send time only if they consented). Recorded now as
     * deliveries due then, so the dispatcher's claim (its lease) sends each once, and only while the match is still
     * accepted: a mission cancelled, missed or recorded before sends nothing. None when the day before has passed
     * (a mission accepted for tomorrow afternoon: the confirmation is the reminder).
     */
    private void remindTheDayBefore(String eventId, MatchState match, MatchNeed need, Optional<Contact> volunteer,
            Map<String, Object> withReferent, StillTrue stillAccepted) {
        java.time.LocalDate day = match.occurrence() != null ? match.occurrence()
                : need.schedule() != null ? need.schedule().date() : null;
        if (day == null) {
            return;
        }
        java.time.Instant at = day.minusDays(1).atTime(REMINDER_TIME).atZone(FrenchFormats.PARIS).toInstant();
        if (!at.isAfter(clock.instant())) {
            return;
        }
        Map<String, Object> variables = new HashMap<>(withReferent);
        variables.put("missionDay", MISSION_DAY.format(day));
        variables.put("startTime", need.schedule() == null || need.schedule().startTime() == null ? null
                : FrenchFormats.time(need.schedule().startTime()));
        volunteer.ifPresent(contact -> volunteers.send(eventId, contact, REMINDER_VOLUNTEER, variables, true, at,
                stillAccepted));
        NeedParties parties = mongo.findById(need.needId(), NeedParties.class);
        if (parties != null && parties.beneficiaryId() != null) {
            deliveries.requestAt(eventId, new Recipient(BENEFICIARY, parties.beneficiaryId(), "masqué"),
                    Channel.SMS, templates.sms(REMINDER_BENEFICIARY, variables).onlyWhile(stillAccepted), at);
        }
    }

    /** The referent in charge (the one who proposed, else the commune's first), as a message names them. */
    private static void referentInCharge(List<Contact> referents, Map<String, Object> variables) {
        if (referents.isEmpty()) {
            return;
        }
        Contact referent = referents.get(0);
        variables.put("referentFirstName", referent.firstName());
        variables.put("referentEmail", referent.email());
        variables.put("referentPhone", FrenchFormats.phone(referent.phone()));
    }

    /**
     * The person helped: the beneficiary by SMS (commune-service gives their number at send time only if they
     * consented; otherwise the SMS is recorded suppressed), or the association's contact by email.
     */
    private void toPersonHelped(String eventId, MatchState match, MatchNeed need, String beneficiaryTemplate,
            String associationTemplate, Map<String, Object> variables, StillTrue stillTrue) {
        NeedParties parties = mongo.findById(need.needId(), NeedParties.class);
        if (parties == null) {
            log.warn("Match {} of need {} whose parties are unknown here: nobody but the referent is told",
                    match.matchId(), need.needId());
            return;
        }
        if (parties.beneficiaryId() != null) {
            deliveries.request(eventId, new Recipient(BENEFICIARY, parties.beneficiaryId(), "masqué"), Channel.SMS,
                    templates.sms(beneficiaryTemplate, variables).onlyWhile(stillTrue));
        } else if (parties.associationId() != null) {
            deliveries.request(eventId, new Recipient(ASSOCIATION, parties.associationId(), "masqué"), Channel.EMAIL,
                    templates.email(associationTemplate, variables).onlyWhile(stillTrue));
        }
    }

    public void declined(String eventId, MatchState match, MatchNeed need) {
        Map<String, Object> variables = needVariables(need);
        variables.put("volunteerFirstName", volunteer(match).map(Contact::firstName).orElse("Le bénévole"));
        variables.put("reason", declineReason(match.declineReason()));
        toReferents(eventId, match, need, DECLINED_REFERENT, variables);
    }

    public void expired(String eventId, MatchState match, MatchNeed need) {
        Map<String, Object> variables = needVariables(need);
        variables.put("volunteerFirstName", volunteer(match).map(Contact::firstName).orElse("Le bénévole"));
        toReferents(eventId, match, need, EXPIRED_REFERENT, variables);
    }

    /** Enough volunteers accepted: the others' proposals are withdrawn, and each is told. */
    public void withdrawn(String eventId, MatchState match, MatchNeed need) {
        volunteer(match).ifPresent(volunteer -> volunteers.send(eventId, volunteer, WITHDRAWN, needVariables(need),
                false, clock.instant()));
    }

    /**
     * Cancelled by the volunteer: the referent is told; by the referent or the platform: the volunteer is. Cancelled
     * because of the volunteer's situation (paused, moved, withdrew, erased): the referent is told the proposal is
     * withdrawn, or — for an accepted mission — that it is cancelled, and so is the person helped (who had been told
     * "X viendra vous aider"); an erased volunteer is never named.
     *
     * @param wasAccepted the match had been accepted before ({@code previousStatus} of the event)
     */
    public void cancelled(String eventId, MatchState match, MatchNeed need, boolean wasAccepted) {
        Map<String, Object> variables = needVariables(need);
        variables.put("reason", cancellationReason(match.cancellationReason()));
        if (VOLUNTEER_SIDE.containsKey(match.cancellationReason())) {
            volunteerSideCancellation(eventId, match, need, wasAccepted, variables);
        } else if ("VOLUNTEER".equals(match.cancelledBy())) {
            variables.put("volunteerFirstName", volunteer(match).map(Contact::firstName).orElse("Le bénévole"));
            toReferents(eventId, match, need, CANCELLED_REFERENT, variables);
        } else {
            volunteer(match).ifPresent(volunteer -> volunteers.send(eventId, volunteer, CANCELLED_VOLUNTEER,
                    variables, false, clock.instant()));
        }
    }

    private void volunteerSideCancellation(String eventId, MatchState match, MatchNeed need, boolean wasAccepted,
            Map<String, Object> variables) {
        boolean erased = "VOLUNTEER_ERASED".equals(match.cancellationReason()) || match.volunteerId() == null;
        Optional<Contact> volunteer = erased ? Optional.empty() : volunteer(match);
        Map<String, Object> toReferent = new HashMap<>(variables);
        toReferent.put("reason", VOLUNTEER_SIDE.get(match.cancellationReason()));
        toReferent.put("volunteerFirstName", volunteer.map(Contact::firstName).orElse(null));
        toReferents(eventId, match, need, wasAccepted ? MISSION_CANCELLED_REFERENT : PROPOSAL_WITHDRAWN_REFERENT,
                toReferent);
        if (wasAccepted) {
            Map<String, Object> withReferent = new HashMap<>(variables);
            referentInCharge(referentsOf(match, need), withReferent);
            // Still true unless the need itself was cancelled since (the commune then tells them itself).
            toPersonHelped(eventId, match, need, CANCELLED_BENEFICIARY, CANCELLED_ASSOCIATION, withReferent,
                    StillTrue.match(need.needId(), null));
        }
        volunteer.ifPresent(contact -> volunteers.send(eventId, contact, CANCELLED_VOLUNTEER, variables, false,
                clock.instant()));
    }

    /** The help was given: thanks, with the volunteer's month so far. */
    public void completed(String eventId, MatchState match, MatchNeed need, VolunteerMonth month) {
        Map<String, Object> variables = needVariables(need);
        variables.put("actualDuration", FrenchFormats.duration(match.actualMinutes()));
        if (month != null) {
            variables.put("monthMinutes", month.minutes());
            variables.put("monthDuration", FrenchFormats.duration(month.minutes()));
            variables.put("pledgeHours", month.pledgeHours());
            variables.put("pledge", month.pledgeHours() == null ? null : FrenchFormats.hours(month.pledgeHours()));
            variables.put("pledgeReached", month.pledgeHours() == null || month.minutes() >= month.pledgeHours() * 60);
        }
        volunteer(match).ifPresent(volunteer -> volunteers.send(eventId, volunteer, COMPLETED, variables, false,
                clock.instant()));
    }

    private Optional<Contact> volunteer(MatchState match) {
        if (match.volunteerId() == null) {
            return Optional.empty(); // anonymised: the volunteer was erased
        }
        Optional<Contact> contact = directory.find(VolunteerNotifications.VOLUNTEER, match.volunteerId());
        if (contact.isEmpty()) {
            log.warn("Match {}: volunteer {} is not in the contact directory, no message", match.matchId(),
                    match.volunteerId());
        }
        return contact;
    }

    /** The referent who proposed, when known here; otherwise every referent of the need's commune. */
    private List<Contact> referentsOf(MatchState match, MatchNeed need) {
        List<Contact> referents = match.proposedBy() == null ? List.of()
                : directory.find(CommuneNotifications.REFERENT, match.proposedBy()).stream().toList();
        return referents.isEmpty() ? directory.inCommune(CommuneNotifications.REFERENT, need.communeInsee())
                : referents;
    }

    private void toReferents(String eventId, MatchState match, MatchNeed need, String template,
            Map<String, Object> variables) {
        toReferents(eventId, match, need, template, variables, referentsOf(match, need), null);
    }

    private void toReferents(String eventId, MatchState match, MatchNeed need, String template,
            Map<String, Object> variables, List<Contact> referents, StillTrue stillTrue) {
        if (referents.isEmpty()) {
            log.warn("Match {}: no referent of commune {} in the contact directory, no message", match.matchId(),
                    need.communeInsee());
        }
        for (Contact referent : referents) {
            Map<String, Object> all = new HashMap<>(variables);
            all.put("firstName", referent.firstName());
            deliveries.request(eventId, new Recipient(CommuneNotifications.REFERENT, referent.recipientId(),
                    referent.email()), Channel.EMAIL, templates.email(template, all).onlyWhile(stillTrue));
        }
    }

    private String answerUrl(String purpose, String matchId, Duration validity) {
        return linksProperties.baseUrl() + "/api/matches/answer?token=" + links.issue(purpose, matchId, validity);
    }

    private static Map<String, Object> needVariables(MatchNeed need) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("title", need.title());
        variables.put("kind", FrenchFormats.kind(need.kind()));
        variables.put("when", need.whenLabel());
        variables.put("place", need.placeLabel());
        variables.put("communeName", need.communeName() != null ? need.communeName() : need.communeInsee());
        variables.put("associationName", need.associationName());
        variables.put("duration", FrenchFormats.duration(need.durationMinutes()));
        return variables;
    }

    private static String declineReason(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "NOT_AVAILABLE" -> "pas disponible à ce moment-là";
            case "TOO_FAR" -> "trop loin";
            case "NOT_SUITABLE" -> "mission qui ne lui convient pas";
            case "PERSONAL" -> "raisons personnelles";
            default -> "autre raison";
        };
    }

    private static String cancellationReason(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "NEED_CANCELLED" -> "le besoin a été annulé par la commune";
            case "NEED_EXPIRED" -> "la date du besoin est passée";
            case "NEED_FULL" -> "assez de bénévoles se sont déjà engagés";
            case "VOLUNTEER_WITHDRAWN" -> "vous avez quitté le dispositif";
            case "VOLUNTEER_PAUSED" -> "vous avez mis votre participation en pause";
            case "VOLUNTEER_MOVED" -> "vous avez changé de commune";
            case "NO_LONGER_AVAILABLE" -> "indisponibilité";
            default -> "autre raison";
        };
    }
}
