package fr.heurecivique.matching.domain.activity;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A volunteer's matches as the ranking weighs them: minutes given or committed per month, the last time they were
 * solicited, and their completion record. Immutable; {@link #with(Footprint)} gives the next one, so that an event
 * applied twice, or late, changes nothing.
 */
public final class VolunteerActivity {

    public static final VolunteerActivity NONE = new VolunteerActivity(Map.of());

    private final Map<String, Footprint> footprints;
    private final Instant lastActionAt;
    private final int completed;
    private final int failed;

    private VolunteerActivity(Map<String, Footprint> footprints) {
        this.footprints = footprints;
        Instant last = null;
        int done = 0;
        int failures = 0;
        for (Footprint footprint : footprints.values()) {
            if (footprint.lastActionAt() != null && (last == null || footprint.lastActionAt().isAfter(last))) {
                last = footprint.lastActionAt();
            }
            done += footprint.completed() ? 1 : 0;
            failures += footprint.failed() ? 1 : 0;
        }
        this.lastActionAt = last;
        this.completed = done;
        this.failed = failures;
    }

    /** With this match's footprint, unless the footprint held for it is as new or newer. */
    public VolunteerActivity with(Footprint footprint) {
        Footprint held = footprints.get(footprint.matchId());
        if (held != null && held.version() >= footprint.version()) {
            return this;
        }
        Map<String, Footprint> next = new HashMap<>(footprints);
        next.put(footprint.matchId(), footprint);
        return new VolunteerActivity(Map.copyOf(next));
    }

    /** Minutes given or committed in the month ({@link Months#keyOf}). */
    public int minutesIn(int month) {
        int minutes = 0;
        for (Footprint footprint : footprints.values()) {
            minutes += footprint.minutesIn(month);
        }
        return minutes;
    }

    /** When a match last solicited them (proposal, answer, completion), or {@code null}. */
    public Instant lastActionAt() {
        return lastActionAt;
    }

    public int completed() {
        return completed;
    }

    public int failed() {
        return failed;
    }

    /**
     * Their completion rate, smoothed so that one event does not decide: (completed + 1) / (completed + failed + 2);
     * a volunteer without history scores ½.
     */
    public double reliability() {
        return (completed + 1.0) / (completed + failed + 2.0);
    }

    public boolean hasHistory() {
        return completed + failed > 0;
    }

    public int matches() {
        return footprints.size();
    }
}
