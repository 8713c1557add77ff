package fr.heurecivique.localstack.infra;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An SMTP server (GreenMail) that accepts every message and keeps it in memory, with a small read-only HTTP view of
 * what it captured ({@code GET /messages}: JSON, newest last), like a local Mailpit.
 */
public final class EmbeddedSmtp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtp.class);

    private final GreenMail greenMail;
    private final HttpServer http;
    private final int smtpPort;

    private EmbeddedSmtp(int smtpPort, int httpPort) {
        this.smtpPort = smtpPort;
        this.greenMail = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        this.greenMail.start();
        if (httpPort >= 0) {
            try {
                http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), httpPort), 0);
            } catch (IOException e) {
                greenMail.stop();
                throw new UncheckedIOException(e);
            }
            http.createContext("/messages", this::listMessages);
            http.start();
        } else {
            http = null;
        }
        log.info("SMTP server on port {}", smtpPort);
    }

    /**
     * @param smtpPort the SMTP port
     * @param httpPort the port of the HTTP view, or {@code -1} for none
     */
    public static EmbeddedSmtp start(int smtpPort, int httpPort) {
        return new EmbeddedSmtp(smtpPort, httpPort);
    }

    /** Stops accepting mail (an SMTP outage, for tests); {@link #resume()} accepts again on the same port. */
    public synchronized void suspend() {
        greenMail.stop();
    }

    public synchronized void resume() {
        greenMail.start();
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** The HTTP view's port, or {@code -1}. */
    public int httpPort() {
        return http == null ? -1 : http.getAddress().getPort();
    }

    /** Every message received so far, oldest first. */
    public List<CapturedMail> messages() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(EmbeddedSmtp::capture).toList();
    }

    private static CapturedMail capture(MimeMessage message) {
        try {
            List<String> text = new ArrayList<>();
            List<String> html = new ArrayList<>();
            Map<String, byte[]> attachments = new LinkedHashMap<>();
            collectBodies(message, text, html, attachments);
            Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                    : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.now();
            return new CapturedMail(addresses(message.getFrom()),
                    addresses(message.getRecipients(Message.RecipientType.TO)), message.getSubject(),
                    String.join("\n", text), String.join("\n", html), received, attachments);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable captured message", e);
        }
    }

    private static void collectBodies(Part part, List<String> text, List<String> html,
            Map<String, byte[]> attachments) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
        } else if (part.isMimeType("text/plain")) {
            text.add(part.getContent().toString());
        } else if (part.isMimeType("text/html")) {
            html.add(part.getContent().toString());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collectBodies(child, text, html, attachments);
            }
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? ""
                : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    private void listMessages(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String json = messages().stream().map(CapturedMail::toJson)
                    .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        if (http != null) {
            http.stop(0);
        }
        greenMail.stop();
        log.info("SMTP server stopped");
    }

    /** A message as the SMTP server received it, with its attachments by file name. */
    public record CapturedMail(String from, String to, String subject, String text, String html, Instant receivedAt,
            Map<String, byte[]> attachments) {

        String toJson() {
            return "  {\"from\": " + quote(from) + ", \"to\": " + quote(to) + ", \"subject\": " + quote(subject)
                    + ", \"receivedAt\": " + quote(receivedAt.toString()) + ", \"attachments\": "
                    + attachments.keySet().stream().map(CapturedMail::quote).collect(Collectors.joining(", ", "[", "]"))
                    + ",\n   \"text\": " + quote(text) + "}";
        }

        private static String quote(String value) {
            if (value == null) {
                return "null";
            }
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    case '\n' -> quoted.append("\\n");
                    case '\r' -> quoted.append("\\r");
                    case '\t' -> quoted.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            quoted.append(String.format("\\u%04x", (int) c));
                        } else {
                            quoted.append(c);
                        }
                    }
                }
            }
            return quoted.append('"').toString();
        }
    }
}
