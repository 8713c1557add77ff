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
 */
public record Message(String template, String subject, String text, String html, List<Attachment> attachments) {

    public Message {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public Message(String template, String subject, String text, String html) {
        this(template, subject, text, html, List.of());
    }

    public Message with(Attachment attachment) {
        List<Attachment> all = new java.util.ArrayList<>(attachments);
        all.add(attachment);
        return new Message(template, subject, text, html, all);
    }
}
