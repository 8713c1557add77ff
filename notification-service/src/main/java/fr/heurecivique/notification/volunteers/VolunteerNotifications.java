package fr.heurecivique.notification.volunteers;

import fr.heurecivique.contracts.volunteer.VideoSessionDetails;
import fr.heurecivique.contracts.volunteer.VolunteerPerimeter;
import fr.heurecivique.contracts.volunteer.VolunteerState;
import fr.heurecivique.defaults.links.LinksProperties;
import fr.heurecivique.defaults.links.SignedLinks;
import fr.heurecivique.notification.delivery.Channel;
import fr.heurecivique.notification.delivery.Deliveries;
import fr.heurecivique.notification.delivery.Message;
import fr.heurecivique.notification.delivery.Recipient;
import fr.heurecivique.notification.delivery.StillTrue;
import fr.heurecivique.notification.directory.Contact;
import fr.heurecivique.notification.templates.FrenchFormats;
import fr.heurecivique.notification.templates.MessageTemplates;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What volunteers are told, and when: welcome at sign-up, booking confirmation and a reminder the day before the video
 * session, the time of their phone interview once scheduled, "you are active" after the interview. Each message goes only through the channels the volunteer agreed
 * to (otherwise it is recorded {@code SUPPRESSED}), and every email carries a link to change one's preferences.
 */
@Service
public class VolunteerNotifications {

    public static final String VOLUNTEER = "VOLUNTEER";
    static final String WELCOME = "volunteer-welcome";
    static final String SESSION_BOOKED = "session-booked";
    static final String SESSION_REMINDER = "session-reminder";
    static final String ACTIVE = "volunteer-active";
    static final String INTERVIEW_SCHEDULED = "interview-scheduled";
    /** Preferences links stay usable this long (a volunteer may open an old email). */
    static final Duration PREFERENCES_LINK_VALIDITY = Duration.ofDays(90);
    /** The reminder goes at this time, the day before the session (Paris time). */
    static final LocalTime REMINDER_TIME = LocalTime.of(10, 0);

    private final Deliveries deliveries;
    private final MessageTemplates templates;
    private final SignedLinks links;
    private final LinksProperties linksProperties;
    private final Clock clock;

    VolunteerNotifications(Deliveries deliveries, MessageTemplates templates, SignedLinks links,
            LinksProperties linksProperties, Clock clock) {
        this.deliveries = deliveries;
        this.templates = templates;
        this.links = links;
        this.linksProperties = linksProperties;
        this.clock = clock;
    }

    /** Welcome and invitation to book a video presentation session. */
    public void welcome(String eventId, VolunteerState volunteer) {
        send(eventId, volunteer, WELCOME, Map.of(), false, clock.instant());
    }

    /**
     * Confirms a booking at once (email and SMS), and schedules the reminder for the day before; a reminder of a
     * session booked earlier is cancelled.
     */
    public void sessionBooked(String eventId, VolunteerState volunteer, VideoSessionDetails session) {
        deliveries.cancelPending(VOLUNTEER, volunteer.volunteerId(), SESSION_REMINDER,
                "Annulé : le bénévole a changé de séance");
        Map<String, Object> variables = new HashMap<>(Map.of("startsAt", FrenchFormats.dateTime(session.startsAt()),
                "startsAtShort", FrenchFormats.shortDateTime(session.startsAt()),
                "durationMinutes", session.durationMinutes(),
                "sessionDuration", FrenchFormats.duration(session.durationMinutes()), "videoLink", session.videoLink()));
        Instant reminderAt = session.startsAt().atZone(FrenchFormats.PARIS).minusDays(1).with(REMINDER_TIME)
                .toInstant();
        // The confirmation promises a reminder the day before only when there is one (not for a session tomorrow
        // booked after 10:00 today: the confirmation itself is then the reminder).
        boolean reminder = reminderAt.isAfter(clock.instant());
        variables.put("reminderPlanned", reminder);
        send(eventId, volunteer, SESSION_BOOKED, variables, true, clock.instant());
        if (reminder) {
            send(eventId, volunteer, SESSION_REMINDER, variables, true, reminderAt);
        }
    }

    /** The phone interview is scheduled (or moved): the volunteer is told when, by email and SMS. */
    public void interviewScheduled(String eventId, VolunteerState volunteer) {
        Instant at = volunteer.onboarding() == null ? null : volunteer.onboarding().interviewAt();
        if (at == null) {
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("interviewAt", FrenchFormats.dateTime(at));
        variables.put("interviewAtShort", FrenchFormats.shortDateTime(at));
        variables.put("phone", FrenchFormats.phone(volunteer.phone()));
        send(eventId, volunteer, INTERVIEW_SCHEDULED, variables, true, clock.instant());
    }

    /** The interview set the perimeter: the volunteer is active. */
    public void active(String eventId, VolunteerState volunteer) {
        VolunteerPerimeter perimeter = volunteer.perimeter();
        Map<String, Object> variables = new HashMap<>();
        if (perimeter != null) {
            variables.put("modes", FrenchFormats.modes(perimeter.modes()));
            variables.put("kinds", FrenchFormats.kinds(perimeter.kindsOfHelp()));
            variables.put("distanceKm", perimeter.maxDistanceKm());
            variables.put("pledgeHours", perimeter.monthlyPledgeHours());
            variables.put("pledge", FrenchFormats.hours(perimeter.monthlyPledgeHours()));
            variables.put("availability", perimeter.availability() == null ? List.of()
                    : perimeter.availability().stream().map(slot -> FrenchFormats.slot(slot.day(), slot.period()))
                            .collect(Collectors.toList()));
        }
        send(eventId, volunteer, ACTIVE, variables, false, clock.instant());
    }

    /** The volunteer left or was erased: nothing scheduled goes to them any more. */
    public void stopScheduled(String volunteerId, String reason) {
        deliveries.cancelPending(VOLUNTEER, volunteerId, SESSION_REMINDER, reason);
    }

    /** The volunteer's right to erasure, as far as messages go. */
    public void forget(String volunteerId) {
        deliveries.forgetRecipient(VOLUNTEER, volunteerId);
    }

    private void send(String eventId, VolunteerState volunteer, String template, Map<String, Object> variables,
            boolean alsoSms, Instant at) {
        boolean emailConsent = volunteer.consents() != null && volunteer.consents().email();
        boolean smsConsent = volunteer.consents() != null && volunteer.consents().sms();
        send(eventId, new Contact(Contact.idOf(VOLUNTEER, volunteer.volunteerId()), VOLUNTEER,
                volunteer.volunteerId(), volunteer.version(), volunteer.firstName(), volunteer.email(),
                volunteer.phone(), emailConsent, smsConsent, volunteer.communeInsee()), template, variables, alsoSms, at);
    }

    /**
     * Sends {@code template} to a volunteer of the contact directory, by email (with the preferences link) and, when
     * {@code alsoSms}, by SMS, each only if they consented to that channel; otherwise the message is recorded
     * {@code SUPPRESSED} with the reason.
     */
    public void send(String eventId, Contact volunteer, String template, Map<String, Object> variables,
            boolean alsoSms, Instant at) {
        send(eventId, volunteer, template, variables, alsoSms, at, null);
    }

    /** As above, each message sent only while {@code stillTrue} holds (checked again just before it leaves). */
    public void send(String eventId, Contact volunteer, String template, Map<String, Object> variables,
            boolean alsoSms, Instant at, StillTrue stillTrue) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("firstName", volunteer.firstName());
        all.put("preferencesUrl", preferencesUrl(volunteer.recipientId()));
        Recipient byEmail = new Recipient(VOLUNTEER, volunteer.recipientId(), volunteer.email());
        Message email = templates.email(template, all).onlyWhile(stillTrue);
        if (volunteer.emailConsent()) {
            deliveries.requestAt(eventId, byEmail, Channel.EMAIL, email, at);
        } else {
            deliveries.suppress(eventId, byEmail, Channel.EMAIL, email, "Pas de consentement à être contacté par e-mail");
        }
        if (!alsoSms || volunteer.phone() == null) {
            return;
        }
        Recipient bySms = new Recipient(VOLUNTEER, volunteer.recipientId(), volunteer.phone());
        Message sms = templates.sms(template, all).onlyWhile(stillTrue);
        if (volunteer.smsConsent()) {
            deliveries.requestAt(eventId, bySms, Channel.SMS, sms, at);
        } else {
            deliveries.suppress(eventId, bySms, Channel.SMS, sms, "Pas de consentement à être contacté par SMS");
        }
    }

    /** The signed link, in every email to a volunteer, to the page where they choose how to be contacted. */
    public String preferencesUrl(String volunteerId) {
        return linksProperties.baseUrl() + "/api/volunteers/preferences?token="
                + links.issue("preferences", volunteerId, PREFERENCES_LINK_VALIDITY);
    }
}
