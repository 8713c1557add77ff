package fr.heurecivique.notification.email;

import fr.heurecivique.notification.delivery.Attachment;
import fr.heurecivique.notification.delivery.Channel;
import fr.heurecivique.notification.delivery.ChannelSender;
import fr.heurecivique.notification.delivery.Delivery;
import fr.heurecivique.notification.delivery.NotificationProperties;
import fr.heurecivique.notification.delivery.ProviderGuard;
import fr.heurecivique.notification.delivery.SendingFailedException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends emails over SMTP (Spring Mail): plain text and HTML alternatives, UTF-8, under a {@link ProviderGuard}. An
 * address the server refuses is a permanent failure; anything else (connection, timeout, server error) transient.
 */
@Component
class EmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final NotificationProperties properties;
    private final ProviderGuard guard;

    EmailSender(JavaMailSender mail, NotificationProperties properties, MeterRegistry meters) {
        this.mail = mail;
        this.properties = properties;
        this.guard = new ProviderGuard("smtp", properties.email(), EmailSender::isTransient, meters);
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public String provider() {
        return "smtp";
    }

    @Override
    public void send(Delivery delivery) {
        MimeMessage message;
        try {
            message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(delivery.sendingAddress());
            helper.setSubject(delivery.subject());
            helper.setText(delivery.textBody(), delivery.htmlBody());
            for (Attachment attachment : delivery.attachments()) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
        } catch (MessagingException e) {
            throw new SendingFailedException(reason(e), true, e);
        }
        try {
            guard.run(() -> mail.send(message));
        } catch (MailException e) {
            throw new SendingFailedException(reason(e), !isTransient(e), e);
        }
    }

    /** Refused addresses are permanent; connection failures, timeouts and server errors are not. */
    static boolean isTransient(Throwable e) {
        if (e instanceof MailSendException send) {
            return send.getFailedMessages().values().stream().noneMatch(SendFailedException.class::isInstance)
                    && !(send.getCause() instanceof SendFailedException);
        }
        return e instanceof MailException;
    }

    /** The failure's kind and the server's own words, without the addresses it may quote. */
    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? ""
                : root.getMessage().replaceAll("[^\\s<>]+@[^\\s<>]+", "<adresse>");
        return root.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message.strip());
    }
}
