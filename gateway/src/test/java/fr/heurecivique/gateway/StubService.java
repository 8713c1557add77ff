package fr.heurecivique.gateway;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A stand-in for a service behind the gateway: answers every request with its own name, method and URI. */
final class StubService implements AutoCloseable {

    private final String name;
    private final int port;
    private final java.util.Map<String, Integer> calls = new java.util.concurrent.ConcurrentHashMap<>();
    private HttpServer server;

    StubService(String name, int port) {
        this.name = name;
        this.port = port;
        start();
    }

    void start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                String query = String.valueOf(exchange.getRequestURI().getQuery());
                calls.merge(query, 1, Integer::sum);
                boolean slowFirstTime = query.startsWith("flaky=") && calls.get(query) == 1;
                if (query.contains("slow") || slowFirstTime) {
                    pause(3000); // slower than the gateway's response timeout in the test
                } else if (query.startsWith("hold=")) {
                    pause(500); // a busy service: many calls are in flight at once
                }
                byte[] body = ("{\"service\":\"" + name + "\",\"method\":\"" + exchange.getRequestMethod()
                        + "\",\"uri\":\"" + exchange.getRequestURI()
                        + "\",\"authorization\":\"" + header(exchange, "Authorization")
                        + "\",\"untrusted\":\"" + header(exchange, "X-Internal-Token") + header(exchange, "X-User-Id")
                        + header(exchange, "X-Forwarded-User")
                        + "\",\"clientAddress\":\"" + header(exchange, "X-Client-Address") + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool()); // a slow answer blocks no other
        server.start();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String header(com.sun.net.httpserver.HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }

    /** How many requests came with this query string. */
    int calls(String query) {
        return calls.getOrDefault(query, 0);
    }

    String url() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
