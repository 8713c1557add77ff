package fr.heurecivique.notification.delivery;

/**
 * A rendered message, ready for its channel.
 *
 * @param template the template it came from, e.g. {@code volunteer-welcome}
 * @param subject  the email subject (none for SMS)
 * @param text     the plain-text body
 * @param html     the HTML body (email only)
 */
public record Message(String template, String subject, String text, String html) {
}
