package fr.heurecivique.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a small demo data set through the public API (the gateway), as a client would: each line of
 * {@code demo/requests.txt} is {@code [@name] METHOD PATH JSON}. A line starting with {@code @name} keeps the
 * {@code id} (or {@code matchId}) of its answer, which later lines use as {@code {{name}}}; {@code {{date:+N}}} is the
 * date N days from today (Europe/Paris), so that the needs' dates are always to come; {@code {{instant:+Ns}}} is the
 * instant N seconds from when the line is sent, {@code {{datetime:+N@HH:MM}}} that time of day N days from today in
 * Paris (as an ISO-8601 instant, in UTC). {@code retry:} before the method resends the request until it succeeds (at most
 * {@link #RETRY_FOR}): for what waits on something to come (a session to start, an event to reach another
 * service). The first request is a sign-up: if it answers 409, the set was loaded before and nothing is sent again,
 * so {@code --demo} on every start is harmless.
 */
public final class DemoData {

    private static final String RESOURCE = "/demo/requests.txt";
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{([A-Za-z0-9_]+|date:[+-][0-9]+|instant:[+-][0-9]+s|datetime:[+-][0-9]+@[0-9]{2}:[0-9]{2})}}");
    private static final Pattern FIRST_ID = Pattern.compile("\"(?:id|matchId)\"\\s*:\\s*\"([^\"]+)\"");
    /** How long a {@code retry:} request is resent before the load gives up. */
    static final Duration RETRY_FOR = Duration.ofSeconds(60);
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private DemoData() {
    }

    /**
     * One request of the set, its placeholders resolved.
     *
     * @param as the demo account that sends it ({@code as:<email>}), or {@code null} for an anonymous request
     */
    record Request(String name, String as, boolean retry, String method, String path, String body) {
    }

    /** The demo accounts' password (identity-service's {@code heure-civique.identity.demo-password}). */
    static final String DEMO_PASSWORD = "demo-heure-civique";

    /**
     * Loads the demo set through the gateway at {@code gatewayUrl}, each request as the demo account it names, signed
     * in at {@code identityUrl} (the real sign-in, {@link OidcSignIn}).
     */
    public static void load(String gatewayUrl, String identityUrl, PrintStream console) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Map<String, String> tokens = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        LocalDate today = LocalDate.now(ZONE);
        int sent = 0;
        Request request = null;
        try {
            for (String line : lines()) {
                request = parse(line, ids, today);
                HttpResponse<String> response = send(http, gatewayUrl, identityUrl, tokens, request);
                Request sending = request;
                java.time.Instant giveUp = java.time.Instant.now().plus(RETRY_FOR);
                while (request.retry() && response.statusCode() / 100 != 2 && java.time.Instant.now().isBefore(giveUp)) {
                    Thread.sleep(250);
                    response = send(http, gatewayUrl, identityUrl, tokens, sending);
                }
                if (response.statusCode() / 100 == 2) {
                    sent++;
                    if (request.name() != null) {
                        String id = idOf(response.body());
                        if (id == null) {
                            throw new LaunchException("Loading the demo data failed: " + request.method() + " "
                                    + request.path() + " answered no id to keep as " + request.name() + ".");
                        }
                        ids.put(request.name(), id);
                    }
                } else if (response.statusCode() == 409 && sent == 0) {
                    console.println("Demo data: already loaded");
                    return;
                } else {
                    throw new LaunchException("Loading the demo data failed: " + request.method() + " "
                            + request.path() + " answered " + response.statusCode() + " " + response.body());
                }
            }
        } catch (IOException e) {
            throw new LaunchException("Loading the demo data failed" + (request == null ? "" : " at " + request.method()
                    + " " + request.path()) + " (" + LocalStack.rootMessage(e) + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while loading the demo data.", e);
        }
        console.println("Demo data: " + sent + " requests sent through the gateway");
    }

    /** The id an answer gives what it created: {@code id}, or {@code matchId} for a proposal. */
    static String idOf(String body) {
        Matcher id = FIRST_ID.matcher(body);
        return id.find() ? id.group(1) : null;
    }

    private static HttpResponse<String> send(HttpClient http, String gatewayUrl, String identityUrl,
            Map<String, String> tokens, Request request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gatewayUrl + request.path()));
        if (request.as() != null) {
            builder.header("Authorization", "Bearer " + tokens.computeIfAbsent(request.as(), email ->
                    new OidcSignIn(URI.create(identityUrl)).signIn(email, DEMO_PASSWORD).accessToken()));
        }
        return http.send(builder
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The requests of the set, comments and blank lines left out. */
    static List<String> lines() throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new LaunchException("The demo data set is missing from the launcher (" + RESOURCE + ").");
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }

    /** Reads one line, replacing {@code {{name}}} by a kept id and {@code {{date:+N}}} by a date. */
    static Request parse(String line, Map<String, String> ids, LocalDate today) {
        return parse(line, ids, today, java.time.Instant.now());
    }

    static Request parse(String line, Map<String, String> ids, LocalDate today, java.time.Instant now) {
        String name = null;
        String rest = line.strip();
        if (rest.startsWith("@")) {
            int space = rest.indexOf(' ');
            name = rest.substring(1, space);
            rest = rest.substring(space + 1).strip();
        }
        String as = null;
        if (rest.startsWith("as:")) {
            int space = rest.indexOf(' ');
            as = rest.substring(3, space);
            rest = rest.substring(space + 1).strip();
        }
        boolean retry = rest.startsWith("retry: ");
        if (retry) {
            rest = rest.substring("retry: ".length()).strip();
        }
        Matcher placeholders = PLACEHOLDER.matcher(rest);
        StringBuilder resolved = new StringBuilder();
        while (placeholders.find()) {
            String key = placeholders.group(1);
            String value;
            if (key.startsWith("date:")) {
                value = today.plusDays(Long.parseLong(key.substring(5))).toString();
            } else if (key.startsWith("instant:")) {
                value = now.plusSeconds(Long.parseLong(key.substring(8, key.length() - 1))).toString();
            } else if (key.startsWith("datetime:")) {
                String[] dayAndTime = key.substring(9).split("@");
                value = today.plusDays(Long.parseLong(dayAndTime[0])).atTime(java.time.LocalTime.parse(dayAndTime[1]))
                        .atZone(ZONE).toInstant().toString();
            } else {
                value = ids.get(key);
                if (value == null) {
                    throw new LaunchException("Demo data: {{" + key + "}} is used before a request named @" + key
                            + " (line: " + line + ").");
                }
            }
            placeholders.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        placeholders.appendTail(resolved);
        String[] parts = resolved.toString().split(" ", 3);
        return new Request(name, as, retry, parts[0], parts[1], parts.length > 2 ? parts[2] : null);
    }
}
