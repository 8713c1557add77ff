package fr.heurecivique.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the gateway: answers what a test tells it ({@link #answer}) and records every call, so that tests
 * see what web sent (or that it sent nothing). Unknown calls get a 404 problem.
 */
public final class StubGateway implements AutoCloseable {

    /** One call web made. */
    public record Call(String method, String uri, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> String.join(",", entry.getValue())).findFirst().orElse(null);
        }
    }

    private record Answer(int status, String body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    public StubGateway() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code method pathAndQuery} (the query, when given, must match exactly) with a JSON body. */
    public void answer(String method, String pathAndQuery, int status, String body) {
        answer(method, pathAndQuery, status, body, Map.of());
    }

    public void answer(String method, String pathAndQuery, int status, String body, Map<String, String> headers) {
        answers.put(method + " " + pathAndQuery, new Answer(status, body, headers));
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method, String path) {
        return calls.stream().filter(call -> call.method().equals(method) && call.uri().split("\\?")[0].equals(path))
                .toList();
    }

    public void reset() {
        answers.clear();
        calls.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String uri = exchange.getRequestURI().toString();
        calls.add(new Call(exchange.getRequestMethod(), uri, Map.copyOf(exchange.getRequestHeaders()), body));
        Answer answer = answers.get(exchange.getRequestMethod() + " " + uri);
        if (answer == null) {
            answer = answers.get(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        }
        if (answer == null) {
            answer = new Answer(404, "{\"title\":\"Ressource introuvable\",\"status\":404}", Map.of());
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                answer.status() >= 400 ? "application/problem+json" : "application/json");
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
