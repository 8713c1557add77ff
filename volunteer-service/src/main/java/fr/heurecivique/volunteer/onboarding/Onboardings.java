package fr.heurecivique.volunteer.onboarding;

import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.volunteer.sessions.VideoSession;
import fr.heurecivique.volunteer.sessions.VideoSessionStore;
import fr.heurecivique.volunteer.volunteers.Perimeter;
import fr.heurecivique.volunteer.volunteers.Volunteer;
import fr.heurecivique.volunteer.volunteers.VolunteerStore;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;

/**
 * Onboarding as the scheme runs it: a volunteer books a video presentation session, a coordinator marks them
 * present, schedules the phone interview and records its outcome, the perimeter of action.
 *
 * <p>A booking touches two documents, the session (its seat) and the volunteer (their step and event), without a
 * transaction: the seat is taken first — the session's version check guarantees the capacity — then the volunteer
 * is saved; if that fails the seat is given back. Should the process die in between, the volunteer still holds
 * that seat: booking it again is accepted, and any later booking frees seats held elsewhere.
 */
@Service
class Onboardings {

    private final VolunteerStore volunteers;
    private final VideoSessionStore sessions;
    private final Clock clock;

    Onboardings(VolunteerStore volunteers, VideoSessionStore sessions, Clock clock) {
        this.volunteers = volunteers;
        this.sessions = sessions;
        this.clock = clock;
    }

    Volunteer book(String sessionId, String volunteerId) {
        VideoSession session = sessions.get(sessionId);
        Volunteer volunteer = volunteers.find(volunteerId).orElseThrow(() -> new InvalidFieldsException(
                "volunteerId", "aucun bénévole n’a cet identifiant"));
        volunteer.checkCanBook();
        Instant now = clock.instant();
        sessions.change(sessionId, seats -> seats.reserveSeat(volunteerId, now));
        try {
            volunteers.change(volunteerId, v -> v.bookSession(session.slot(), now));
        } catch (RuntimeException e) {
            sessions.change(sessionId, seats -> seats.releaseSeat(volunteerId));
            throw e;
        }
        // Seats held elsewhere: the previous booking, or one left by an interrupted booking.
        sessions.holding(volunteerId, sessionId)
                .forEach(other -> sessions.change(other.id(), seats -> seats.releaseSeat(volunteerId)));
        return volunteers.get(volunteerId);
    }

    Volunteer markAttended(String sessionId, String volunteerId) {
        VideoSession session = sessions.get(sessionId);
        if (volunteers.find(volunteerId).isEmpty()) {
            throw new InvalidFieldsException("volunteerId", "aucun bénévole n’a cet identifiant");
        }
        Instant now = clock.instant();
        volunteers.change(volunteerId, volunteer -> volunteer.markAttended(session.slot(), now));
        sessions.change(sessionId, attended -> attended.markPresent(volunteerId));
        return volunteers.get(volunteerId);
    }

    Volunteer scheduleInterview(String volunteerId, Instant at) {
        Instant now = clock.instant();
        volunteers.get(volunteerId);
        if (!at.isAfter(now)) {
            throw new InvalidFieldsException("scheduledAt", "doit être une date à venir");
        }
        volunteers.change(volunteerId, volunteer -> {
            volunteer.scheduleInterview(at, now);
            return null;
        });
        return volunteers.get(volunteerId);
    }

    Volunteer recordInterview(String volunteerId, Perimeter perimeter) {
        Instant now = clock.instant();
        volunteers.change(volunteerId, volunteer -> {
            volunteer.recordInterview(perimeter, now);
            return null;
        });
        return volunteers.get(volunteerId);
    }
}
