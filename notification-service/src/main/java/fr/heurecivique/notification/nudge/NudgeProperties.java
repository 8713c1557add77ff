package fr.heurecivique.notification.nudge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalTime;

/**
 * The monthly nudge to active volunteers who have not given their hour yet ({@code heure-civique.notifications.nudge.*}).
 *
 * @param enabled       whether it is sent at all
 * @param dayOfMonth    the day of the month it goes out (1–28), Paris time
 * @param time          the time of day it goes out
 * @param checkInterval how often an instance looks whether this month's nudge is due
 */
@ConfigurationProperties("heure-civique.notifications.nudge")
public record NudgeProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("15") int dayOfMonth,
        @DefaultValue("10:00") LocalTime time,
        @DefaultValue("1m") Duration checkInterval) {

    public NudgeProperties {
        if (dayOfMonth < 1 || dayOfMonth > 28) {
            throw new IllegalArgumentException("heure-civique.notifications.nudge.day-of-month must be within 1..28");
        }
    }
}
