package fr.heurecivique.notification.delivery;

import java.util.List;

/**
 * A rendered message, ready for its channel.
 *
 * @param template the template it came from, e.g. {@code volunteer-welcome}
 * @param subject  the email subject (none for SMS)
 * @param text     the plain-text body
 * @param html        the HTML body (email only)
 * @param attachments files attached to an email
 * @param secret      the body holds a secret for its recipient (a set-password link): it is forgotten once sent
 * @param stillTrue   what must still hold when the message leaves (checked again before each attempt); {@code null}
 *                    for a message that is true whenever it goes
 */
public record Message(String template, String subject, String text, String html, List<Attachment> attachments,
        boolean secret, StillTrue stillTrue) {

    public Message {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public Message(String template, String subject, String text, String html, List<Attachment> attachments) {
        this(template, subject, text, html, attachments, false, null);
    }

    public Message(String template, String subject, String text, String html) {
        this(template, subject, text, html, List.of());
    }

    /** The same message, marked as holding a secret: the delivery log forgets its body once it is sent. */
    public Message asSecret() {
        return new Message(template, subject, text, html, attachments, true, stillTrue);
    }

    /** The same message, to send only while {@code condition} holds (checked again just before it leaves). */
    public Message onlyWhile(StillTrue condition) {
        return new Message(template, subject, text, html, attachments, secret, condition);
    }

    public Message with(Attachment attachment) {
        List<Attachment> all = new java.util.ArrayList<>(attachments);
        all.add(attachment);
        return new Message(template, subject, text, html, all, secret, stillTrue);
    }
}
