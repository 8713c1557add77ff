package fr.heurecivique.notification.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of message delivery ({@code heure-civique.notifications.*}).
 *
 * @param from           the sender of every email
 * @param maxAttempts    attempts before a message is given up as FAILED
 * @param initialBackoff pause after a first failed attempt, doubled after each next one
 * @param maxBackoff     longest pause between attempts
 * @param pollInterval   how often the dispatcher looks for due messages when nothing signalled any
 * @param leaseDuration  how long a claimed message is reserved to one instance before another may take it over
 * @param email          resilience around the SMTP server
 * @param coordinators   the coordinators' email addresses, told of each partnership request
 * @param communicationKitUrl where a new partner commune finds its communication kit
 */
@ConfigurationProperties("heure-civique.notifications")
public record NotificationProperties(
        @DefaultValue("L’Heure Civique <ne-pas-repondre@heure-civique.fr>") String from,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("2m") Duration leaseDuration,
        @DefaultValue GuardSettings email,
        @DefaultValue java.util.List<String> coordinators,
        @DefaultValue("https://heure-civique.example/kit-communication") String communicationKitUrl) {

    Delivery.RetryPolicy retryPolicy() {
        return new Delivery.RetryPolicy(maxAttempts, initialBackoff, maxBackoff);
    }
}
