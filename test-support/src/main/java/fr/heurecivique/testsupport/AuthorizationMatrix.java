package fr.heurecivique.testsupport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authorisation matrix of a service (issue 7): one row per endpoint (or several, e.g. one per commune) in the
 * service's {@code authorization-matrix.csv}, with the status each {@link Persona} must get.
 *
 * <pre>
 * method,path,anonymous,volunteer,other-volunteer,referent,other-referent,coordinator,admin,body
 * GET,/api/volunteers/{volunteerId},401,ok,403,403,403,ok,ok,
 * </pre>
 *
 * A cell is {@code 401}, {@code 403}, {@code ok} (let through: neither 401 nor 403, and no server error — a 400 of
 * an incomplete body or a 404 counts, the rule let the caller in) or an exact status. {@code {name}} in a path is
 * replaced by the fixture's variable; a query string is allowed. {@code body} is the JSON sent with POST, PUT and
 * PATCH ({@code {}} if empty), also with variables. Rows run in file order and, within a row, the personas expected
 * to be refused first: put rows that destroy their fixture last, or give them a fresh fixture.
 *
 * <p>{@link #assertEveryEndpointHasARow} fails for an endpoint of the service that has no row, so that a new
 * endpoint cannot ship without its rule being written down and tested.
 */
public final class AuthorizationMatrix {

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final String[] HEADER = { "method", "path", "anonymous", "volunteer", "other-volunteer",
            "referent", "other-referent", "coordinator", "admin", "body" };

    private final String source;
    private final List<Row> rows;

    private AuthorizationMatrix(String source, List<Row> rows) {
        this.source = source;
        this.rows = rows;
    }

    /** A row: a request, and what each persona must get. */
    public record Row(int line, String method, String path, Map<Persona, String> expected, String body) {

        /** {@code GET /api/needs/{id}} (the query string left out), as the endpoint is known. */
        public String endpoint() {
            int query = path.indexOf('?');
            return method + " " + (query < 0 ? path : path.substring(0, query));
        }
    }

    /** What one row is called with: each persona's token (none for {@link Persona#ANONYMOUS}) and the variables. */
    public record Fixture(Map<Persona, String> tokens, Map<String, String> variables) {
    }

    @FunctionalInterface
    public interface Fixtures {
        Fixture forRow(Row row);
    }

    public static AuthorizationMatrix load(String classpathResource) {
        try (InputStream in = AuthorizationMatrix.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException("No " + classpathResource + " on the test classpath");
            }
            List<Row> rows = new ArrayList<>();
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
            for (CSVRecord record : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                Map<Persona, String> expected = new EnumMap<>(Persona.class);
                for (Persona persona : Persona.values()) {
                    String cell = record.get(persona.column());
                    if (!cell.matches("ok|\\d{3}")) {
                        throw new IllegalStateException(classpathResource + " line " + record.getRecordNumber()
                                + ": '" + cell + "' for " + persona.column() + " is neither ok nor a status");
                    }
                    expected.put(persona, cell);
                }
                rows.add(new Row((int) record.getRecordNumber(), record.get("method").toUpperCase(),
                        record.get("path"), expected, record.isMapped("body") && record.isSet("body")
                                ? record.get("body") : ""));
            }
            return new AuthorizationMatrix(classpathResource, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Every {@code METHOD /pattern} the service's controllers map must have a row (the framework's {@code /error}
     * page aside), and every row must name an endpoint that exists.
     */
    public void assertEveryEndpointHasARow(RequestMappingHandlerMapping mapping) {
        Set<String> endpoints = new TreeSet<>();
        endpoints(mapping).forEach(endpoint -> endpoints.add(normalised(endpoint)));
        Set<String> covered = new TreeSet<>();
        rows.forEach(row -> covered.add(normalised(row.endpoint())));
        Set<String> missing = new TreeSet<>(endpoints);
        missing.removeAll(covered);
        Set<String> unknown = new TreeSet<>(covered);
        unknown.removeAll(endpoints);
        StringBuilder failure = new StringBuilder();
        if (!missing.isEmpty()) {
            failure.append("Endpoints without a row in ").append(source).append(" (add the rule to the service's "
                    + "AccessRules and its row here):\n  ").append(String.join("\n  ", missing)).append('\n');
        }
        if (!unknown.isEmpty()) {
            failure.append("Rows of ").append(source).append(" for endpoints that do not exist:\n  ")
                    .append(String.join("\n  ", unknown)).append('\n');
        }
        if (!failure.isEmpty()) {
            throw new AssertionError(failure.toString());
        }
    }

    /** Variable names do not matter: {@code /api/needs/{id}} is {@code /api/needs/{needId}}. */
    private static String normalised(String endpoint) {
        return endpoint.replaceAll("\\{[^}/]*}", "{}");
    }

    /** {@code METHOD /pattern} of every handler method, {@code /error} aside. */
    public static Set<String> endpoints(RequestMappingHandlerMapping mapping) {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
            if (methods.isEmpty()) {
                methods.add("*");
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                methods.forEach(method -> endpoints.add(method + " " + pattern));
            }
        }
        return endpoints;
    }

    /**
     * Calls every row as every persona against the running service at {@code baseUrl} and fails with the list of
     * every status that differs from the matrix.
     */
    public void verify(String baseUrl, Fixtures fixtures) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> failures = new ArrayList<>();
        for (Row row : rows) {
            Fixture fixture = fixtures.forRow(row);
            String path = fill(row.path(), fixture.variables(), row);
            String body = row.body().isBlank() ? "{}" : fill(row.body(), fixture.variables(), row);
            List<Persona> order = new ArrayList<>(row.expected().keySet());
            order.sort(Comparator.comparing(persona -> row.expected().get(persona).equals("ok") ? 1 : 0));
            for (Persona persona : order) {
                String expected = row.expected().get(persona);
                int status = call(http, baseUrl, row.method(), path, body, fixture.tokens().get(persona));
                if (!matches(expected, status)) {
                    failures.add(String.format("line %d %s %s as %s: expected %s, got %d", row.line(),
                            row.method(), path, persona.column(), expected, status));
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " unexpected statuses in " + source + ":\n  "
                    + String.join("\n  ", failures));
        }
    }

    static boolean matches(String expected, int status) {
        if (expected.equals("ok")) {
            return status != 401 && status != 403 && status < 500;
        }
        return Integer.parseInt(expected) == status;
    }

    private static int call(HttpClient http, String baseUrl, String method, String path, String body, String token) {
        boolean withBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, withBody ? HttpRequest.BodyPublishers.ofString(body)
                        : HttpRequest.BodyPublishers.noBody())
                .header("Accept", "application/json");
        if (withBody) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String fill(String template, Map<String, String> variables, Row row) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("line " + row.line() + ": no fixture variable '" + matcher.group(1)
                        + "'");
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** Tokens for the usual personas: the volunteers given, the referents of the two communes given. */
    public static Map<Persona, String> tokens(String volunteerId, String otherVolunteerId, String commune,
            String otherCommune) {
        Map<Persona, String> tokens = new LinkedHashMap<>();
        tokens.put(Persona.VOLUNTEER, TestTokens.volunteer(volunteerId));
        tokens.put(Persona.OTHER_VOLUNTEER, TestTokens.volunteer(otherVolunteerId));
        tokens.put(Persona.REFERENT, TestTokens.referent(commune));
        tokens.put(Persona.OTHER_REFERENT, TestTokens.referent(otherCommune));
        tokens.put(Persona.COORDINATOR, TestTokens.coordinator());
        tokens.put(Persona.ADMIN, TestTokens.admin());
        return tokens;
    }
}
