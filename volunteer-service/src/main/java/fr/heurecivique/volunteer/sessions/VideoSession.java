package fr.heurecivique.volunteer.sessions;

import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.defaults.web.StateConflictException;
import fr.heurecivique.volunteer.volunteers.SessionSlot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A video presentation session (visio) published by the coordinators: its seats are booked by volunteers, each
 * seat once, never more than its capacity, never once it has started. Saved with its {@code @Version}, so that two
 * bookings of the last seat cannot both succeed.
 */
@Document("video_sessions")
public class VideoSession {

    public static final int MIN_DURATION_MINUTES = 15;
    public static final int MAX_DURATION_MINUTES = 240;
    public static final int MAX_CAPACITY = 500;

    @Id
    private String id;
    @Version
    private Long version;
    private String title;
    @Indexed(name = "starts_at")
    private Instant startsAt;
    private int durationMinutes;
    private String videoLink;
    private int capacity;
    /** Volunteer ids, in booking order. */
    private List<String> bookings = new ArrayList<>();
    /** Volunteer ids marked present. */
    private List<String> attendees = new ArrayList<>();
    private Instant publishedAt;

    protected VideoSession() {
        // for the mapping
    }

    /** A coordinator publishes a session; it must start in the future. */
    public static VideoSession publish(String title, Instant startsAt, int durationMinutes, String videoLink,
            int capacity, Instant now) {
        if (!startsAt.isAfter(now)) {
            throw new InvalidFieldsException("startsAt", "doit être une date à venir");
        }
        if (durationMinutes < MIN_DURATION_MINUTES || durationMinutes > MAX_DURATION_MINUTES || capacity < 1
                || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("Duration or capacity out of range");
        }
        VideoSession session = new VideoSession();
        session.id = UUID.randomUUID().toString();
        session.title = title;
        session.startsAt = startsAt;
        session.durationMinutes = durationMinutes;
        session.videoLink = videoLink;
        session.capacity = capacity;
        session.publishedAt = now;
        return session;
    }

    /** Takes a seat for the volunteer, unless the session is full or has started. Taking one's own seat again is fine. */
    public void reserveSeat(String volunteerId, Instant now) {
        if (bookings.contains(volunteerId)) {
            return;
        }
        if (!startsAt.isAfter(now)) {
            throw new StateConflictException("Cette séance de présentation a déjà commencé ou est passée : "
                    + "choisissez une séance à venir.");
        }
        if (bookings.size() >= capacity) {
            throw new StateConflictException("Cette séance de présentation est complète : choisissez-en une autre.");
        }
        bookings.add(volunteerId);
    }

    /** Gives the volunteer's seat back (a rebooking elsewhere, a withdrawal, an erasure). */
    public boolean releaseSeat(String volunteerId) {
        return bookings.remove(volunteerId);
    }

    public void markPresent(String volunteerId) {
        if (!attendees.contains(volunteerId)) {
            attendees.add(volunteerId);
        }
    }

    /** Forgets an erased volunteer entirely. */
    public void forget(String volunteerId) {
        bookings.remove(volunteerId);
        attendees.remove(volunteerId);
    }

    public SessionSlot slot() {
        return new SessionSlot(id, startsAt, durationMinutes, videoLink);
    }

    public int seatsLeft() {
        return Math.max(0, capacity - bookings.size());
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public String videoLink() {
        return videoLink;
    }

    public int capacity() {
        return capacity;
    }

    public List<String> bookings() {
        return List.copyOf(bookings);
    }

    public List<String> attendees() {
        return List.copyOf(attendees);
    }
}
