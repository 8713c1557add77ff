package fr.heurecivique.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends emails over SMTP (Spring Mail): plain text and HTML alternatives, UTF-8. */
@Component
class EmailSender {

    private final JavaMailSender mail;
    private final NotificationProperties properties;

    EmailSender(JavaMailSender mail, NotificationProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    /** Sends the delivery's email; throws {@link SendingFailedException} with the provider's reason on failure. */
    void send(Delivery delivery) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(delivery.address());
            helper.setSubject(delivery.subject());
            helper.setText(delivery.textBody(), delivery.htmlBody());
            mail.send(message);
        } catch (MailException | MessagingException e) {
            throw new SendingFailedException(reason(e), e);
        }
    }

    /** The failure's kind and the server's own words, without the addresses it may quote. */
    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().replaceAll("[^\\s<>]+@[^\\s<>]+", "<adresse>");
        return root.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message);
    }
}
