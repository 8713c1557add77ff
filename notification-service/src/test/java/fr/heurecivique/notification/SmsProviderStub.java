package fr.heurecivique.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.heurecivique.localstack.infra.FreePorts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for Brevo's transactional SMS API, on a real HTTP port: it accepts {@code POST
 * /v3/transactionalSMS/send}, remembers every call, and can fail like the real one — 500 for a while (an outage),
 * 400 for a given number (an invalid recipient), 401 without the API key.
 */
public final class SmsProviderStub {

    private static SmsProviderStub instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A call the provider received. */
    public record Call(String recipient, String sender, String content, String type, int status) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Set<String> refusedRecipients = ConcurrentHashMap.newKeySet();
    private final AtomicLong messageIds = new AtomicLong(1_500_000);
    private volatile Instant failingUntil = Instant.MIN;

    private SmsProviderStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePorts.pick()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v3/transactionalSMS/send", this::send);
        server.start();
    }

    public static synchronized SmsProviderStub get() {
        if (instance == null) {
            instance = new SmsProviderStub();
        }
        return instance;
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Answers 500 to every call until {@code until}. */
    public void failUntil(Instant until) {
        failingUntil = until;
    }

    /** Answers 400 (invalid number) to calls for this recipient (international form without +). */
    public void refuse(String recipient) {
        refusedRecipients.add(recipient);
    }

    /** Accepts this recipient again. */
    public void accept(String recipient) {
        refusedRecipients.remove(recipient);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls for a recipient that the provider accepted. */
    public List<Call> accepted(String recipient) {
        return calls.stream().filter(call -> call.recipient().equals(recipient) && call.status() == 201).toList();
    }

    public List<Call> callsFor(String recipient) {
        return calls.stream().filter(call -> call.recipient().equals(recipient)).toList();
    }

    private void send(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            String recipient = body.path("recipient").asString("");
            int status;
            if (!"test-key".equals(exchange.getRequestHeaders().getFirst("api-key"))) {
                status = 401;
            } else if (Instant.now().isBefore(failingUntil)) {
                status = 500;
            } else if (refusedRecipients.contains(recipient)) {
                status = 400;
            } else {
                status = 201;
            }
            calls.add(new Call(recipient, body.path("sender").asString(null), body.path("content").asString(null),
                    body.path("type").asString(null), status));
            byte[] answer = (status == 201 ? "{\"messageId\":" + messageIds.incrementAndGet() + "}"
                    : "{\"code\":\"" + (status == 400 ? "invalid_parameter" : "error") + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }
}
