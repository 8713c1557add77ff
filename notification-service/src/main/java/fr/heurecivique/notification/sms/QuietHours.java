package fr.heurecivique.notification.sms;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The hours in which no SMS is sent (by default 20:00 to 08:00, Europe/Paris): a message due then is deferred to
 * the end of the quiet hours, never dropped.
 *
 * @param start when the quiet hours begin (local time)
 * @param end   when they end (local time)
 * @param zone  the people's time zone
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    /** {@code now} if an SMS may go now, else the end of the current quiet hours. */
    public Instant nextAllowed(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overnight = start.isAfter(end);
        boolean quiet = overnight ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return now;
        }
        ZonedDateTime endToday = local.with(end);
        return (endToday.isAfter(local) ? endToday : endToday.plusDays(1)).toInstant();
    }
}
