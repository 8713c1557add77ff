package fr.heurecivique.volunteer.roster;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The roster digest job ({@code heure-civique.roster.digest.*}).
 *
 * @param enabled       whether this instance takes part (several may: one of them runs each digest)
 * @param schedule      when digests go out: a Spring cron expression (second minute hour day month weekday); the
 *                      default, {@code 0 0 8 * * MON#1}, is 8 a.m. on the first Monday of the month
 * @param zone          the time zone of the schedule
 * @param checkInterval how often an instance checks whether a digest is due
 * @param lease         how long the instance that runs a digest holds it before another may take over
 * @param communes      the communes that receive digests (INSEE codes); empty: every commune that has or had
 *                      volunteers on its roster (until volunteer-service learns the partnerships from
 *                      commune-service's events)
 */
@ConfigurationProperties("heure-civique.roster.digest")
public record RosterDigestProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0 0 8 * * MON#1") String schedule,
        @DefaultValue("Europe/Paris") ZoneId zone,
        @DefaultValue("1m") Duration checkInterval,
        @DefaultValue("10m") Duration lease,
        @DefaultValue List<String> communes) {
}
