package fr.heurecivique.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.heurecivique.localstack.infra.FreePorts;
import fr.heurecivique.testsupport.TestTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for commune-service's internal contact endpoints, on a real HTTP port: {@code GET
 * /internal/beneficiaries/{id}/contact} and {@code /internal/associations/{id}/contact} answer what a test set, with
 * commune-service's statuses (409 without the beneficiary's consent, 404 unknown or anonymised), and 401 without a
 * service token. It also plays the identity provider's token endpoint ({@code POST /oauth2/token}, client
 * credentials): it checks notification-service's client id and secret and hands out a service token (scope
 * {@code internal}), the only one the contact endpoints accept.
 */
public final class CommuneServiceStub {

    public static final String CLIENT_ID = "notification-service";
    public static final String CLIENT_SECRET = "test-client-secret";
    private static CommuneServiceStub instance;

    /** A canned answer: a status and a JSON body. */
    public record Answer(int status, String body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final String serviceToken = TestTokens.service(CLIENT_ID);

    private CommuneServiceStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePorts.pick()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/internal/", this::answer);
        server.createContext("/oauth2/token", this::token);
        server.start();
    }

    public static synchronized CommuneServiceStub get() {
        if (instance == null) {
            instance = new CommuneServiceStub();
        }
        return instance;
    }

    public String tokenUri() {
        return url() + "/oauth2/token";
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** A beneficiary who consented to be contacted, with this phone. */
    public void beneficiary(String id, String phone) {
        answers.put("/internal/beneficiaries/" + id + "/contact", new Answer(200, "{\"beneficiaryId\":\"" + id
                + "\",\"communeInsee\":\"17300\",\"firstName\":\"Jeanne\",\"lastName\":\"Durand\",\"phone\":\""
                + phone + "\",\"address\":null,\"preferredContact\":\"SMS\"}"));
    }

    /** A beneficiary who did not consent: commune-service answers 409. */
    public void beneficiaryWithoutConsent(String id) {
        answers.put("/internal/beneficiaries/" + id + "/contact", new Answer(409,
                "{\"status\":409,\"title\":\"Conflit\"}"));
    }

    public void association(String id, String email) {
        answers.put("/internal/associations/" + id + "/contact", new Answer(200, "{\"associationId\":\"" + id
                + "\",\"communeInsee\":\"17300\",\"associationName\":\"Les Amis\",\"contactName\":\"Paul\","
                + "\"email\":\"" + email + "\",\"phone\":null}"));
    }

    /** The paths called so far (the ids only: no personal data). */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            calls.add(path);
            Answer answer = !("Bearer " + serviceToken).equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    ? new Answer(401, "{\"status\":401}")
                    : answers.getOrDefault(path, new Answer(404, "{\"status\":404}"));
            send(exchange, answer);
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                    .getBytes(StandardCharsets.UTF_8));
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            send(exchange, expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    && form.contains("grant_type=client_credentials")
                    ? new Answer(200, "{\"access_token\":\"" + serviceToken + "\",\"token_type\":\"Bearer\","
                            + "\"expires_in\":300,\"scope\":\"internal\"}")
                    : new Answer(401, "{\"error\":\"invalid_client\"}"));
        }
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.status() == 200 ? "application/json"
                : "application/problem+json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
    }
}
