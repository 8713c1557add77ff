package fr.heurecivique.system;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.localstack.DemoData;
import fr.heurecivique.localstack.LocalStack;
import fr.heurecivique.localstack.OidcSignIn;
import fr.heurecivique.localstack.PlatformService;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.localstack.Ports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform, started once for all the system tests of the JVM exactly as {@code ./heure-civique up} starts
 * it (embedded Kafka, MongoDB and SMTP; each service its own process from its packaged jar, on free ports), and a
 * small HTTP client that reaches it through the gateway only, as any client would.
 */
final class RunningPlatform {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static RunningPlatform instance;

    private final LocalStack.Options options;
    private LocalStack stack;

    private RunningPlatform(LocalStack.Options options) {
        this.options = options;
        this.stack = LocalStack.start(options);
    }

    static synchronized RunningPlatform get() {
        if (instance == null) {
            Map<String, String> environment = new HashMap<>(System.getenv());
            environment.keySet().removeAll(List.of("MONGODB_URI", "KAFKA_BOOTSTRAP_SERVERS", "SMTP_HOST", "SMTP_PORT"));
            try {
                Path data = Files.createTempDirectory("heure-civique-system-test");
                // Every service's clock: the real time shifted by what this file says (moveClock).
                environment.put("HEURE_CIVIQUE_CLOCK_OFFSET_FILE", data.resolve("clock-offset").toString());
                instance = new RunningPlatform(new LocalStack.Options(
                        Path.of(System.getProperty("heure-civique.home")).toAbsolutePath().normalize(), data,
                        Ports.free(), environment, LocalStack.Options.LEAN_JVM,
                        // a busy machine may take longer: -Dheure-civique.start-timeout-seconds=600
                        Duration.ofSeconds(Long.getLong("heure-civique.start-timeout-seconds", 240)),
                        System.out));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> instance.stack.close(), "platform-shutdown"));
        }
        return instance;
    }

    private Duration clockOffset = Duration.ZERO;

    /**
     * Moves the time of every service forward by {@code duration} (a mission recorded once it has started, the
     * dates of a weekly need); a test that moves it calls {@link #realTime()} when done, so that the others post
     * needs at real dates.
     */
    synchronized void moveClock(Duration duration) {
        clockOffset = clockOffset.plus(duration);
        writeClockOffset();
    }

    /** Every service back to the real time. */
    synchronized void realTime() {
        clockOffset = Duration.ZERO;
        writeClockOffset();
    }

    /** The platform's time (the real time, shifted by {@link #moveClock}). */
    synchronized java.time.Instant now() {
        return java.time.Instant.now().plus(clockOffset);
    }

    private void writeClockOffset() {
        try {
            Path file = options.dataDir().resolve("clock-offset");
            Path next = options.dataDir().resolve("clock-offset.next");
            Files.writeString(next, clockOffset.toString());
            Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LocalStack stack() {
        return stack;
    }

    private String demoDataConsole;

    /**
     * Loads the demo data set ({@code up --demo}) once for the JVM, through the gateway, whichever test needs it
     * first; returns what that first load printed.
     */
    synchronized String demoData() {
        if (demoDataConsole == null) {
            java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
            DemoData.load(stack.gatewayUrl(), stack.serviceUrl(PlatformService.IDENTITY),
                    new java.io.PrintStream(console, true, java.nio.charset.StandardCharsets.UTF_8));
            demoDataConsole = console.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
        return demoDataConsole;
    }

    /** Stops every service and the infrastructure, then starts them again on the same data. */
    synchronized void restart() {
        stack.close();
        stack = LocalStack.start(options);
    }

    /**
     * Takes {@code insee} through the partnership (request, call, activation), appoints a referent and records a
     * beneficiary, as a coordinator and a referent would, so that needs can be posted there.
     *
     * @return what posting a need for a beneficiary of that commune takes
     */
    PartnerCommune partnerCommune(String insee) {
        Client coordinator = as(DemoAccount.COORDINATOR);
        expect(post("/api/communes/" + insee + "/partnership-requests", """
                {"firstName": "Léa", "lastName": "Fontaine", "role": "Chargée de mission",
                 "email": "mairie.%s@exemple.fr", "phone": "05 46 51 51 51"}
                """.formatted(insee)), 201);
        expect(coordinator.post("/api/communes/" + insee + "/partnership/contact-call",
                "{\"recordedBy\": \"Sophie Bernard\"}"), 200);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        expect(coordinator.post("/api/communes/" + insee + "/partnership/activation", """
                {"recordedBy": "Sophie Bernard", "charterSignedOn": "%s", "communicationKitSentOn": "%s"}
                """.formatted(today.minusDays(1), today)), 200);
        // The referent a coordinator appoints gets an account for the commune (identity-service), and a link.
        String email = "referente." + insee + "." + java.util.UUID.randomUUID().toString().substring(0, 8)
                + "@exemple.fr";
        String[] referentId = new String[1];
        String referentToken = withAccountFromLink(email, () -> referentId[0] = json(expect(coordinator.post(
                "/api/communes/" + insee + "/referents", """
                {"firstName": "Nadia", "lastName": "Lambert", "email": "%s",
                 "phone": "06 70 11 22 33", "role": "Agente du CCAS"}
                """.formatted(email)), 201)).get("id").asString());
        String beneficiaryId = json(expect(as(referentToken).post("/api/communes/" + insee + "/beneficiaries", """
                {"referentId": "%s", "firstName": "Jeanne", "lastName": "Dupuis", "phone": "05 46 00 00 01",
                 "address": "12 rue des Mouettes", "preferredContact": "PHONE_CALL", "consentToBeContacted": true}
                """.formatted(referentId[0])), 201)).get("id").asString();
        return new PartnerCommune(insee, referentId[0], referentToken, beneficiaryId);
    }

    /** Posts a shopping need of the commune's beneficiary, two days from now; returns its id. */
    /**
     * Available every afternoon: the needs of the system tests are wanted from 14 to 16 h in two days, whatever the
     * day, and the matching engine only suggests volunteers available then.
     */
    static final String EVERY_AFTERNOON = java.util.Arrays.stream(java.time.DayOfWeek.values())
            .map(day -> "{\"day\": \"" + day + "\", \"period\": \"AFTERNOON\"}")
            .collect(java.util.stream.Collectors.joining(", ", "[", "]"));

    String postNeed(PartnerCommune commune, String title) {
        return json(expect(as(commune.referentToken()).post("/api/communes/" + commune.insee() + "/needs", """
                {"referentId": "%s", "beneficiaryId": "%s", "title": "%s", "kind": "SHOPPING",
                 "description": "Faire les courses au marché pour une voisine âgée.",
                 "when": {"date": "%s", "startTime": "14:00", "endTime": "16:00"}, "durationMinutes": 60}
                """.formatted(commune.referentId(), commune.beneficiaryId(), title,
                LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(2))), 201)).get("id").asString();
    }

    /** The demo referent of La Rochelle (17300) or Rochefort (17299), the communes of the system tests. */
    static DemoAccount referentOf(String insee) {
        return switch (insee) {
            case "17300" -> DemoAccount.REFERENT_LA_ROCHELLE;
            case "17299" -> DemoAccount.REFERENT_ROCHEFORT;
            default -> throw new IllegalArgumentException("No demo referent for " + insee);
        };
    }

    /** A partner commune of the system tests, with its referent and a beneficiary. */
    record PartnerCommune(String insee, String referentId, String referentToken, String beneficiaryId) {
    }

    static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("Expected " + status + " but got " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    /** Anonymous requests. */
    HttpResponse<String> get(String path) {
        return anonymous().get(path);
    }

    HttpResponse<String> post(String path, String json) {
        return anonymous().post(path, json);
    }

    HttpResponse<String> delete(String path) {
        return anonymous().delete(path);
    }

    Client anonymous() {
        return new Client(null);
    }

    /** Requests with {@code token} ({@code Authorization: Bearer}). */
    Client as(String token) {
        return new Client(token);
    }

    Client as(DemoAccount account) {
        return as(token(account));
    }

    /** The demo accounts of the local stack (identity-service, HEURE_CIVIQUE_DEMO_ACCOUNTS, docs/security.md). */
    enum DemoAccount {
        ADMIN("admin@demo.example.fr"), COORDINATOR("coordinator@demo.example.fr"),
        REFERENT_LA_ROCHELLE("referent.la-rochelle@demo.example.fr"),
        REFERENT_ROCHEFORT("referent.rochefort@demo.example.fr"),
        REFERENT_ROYAN("referent.royan@demo.example.fr"),
        /** Demo volunteers: their accounts are linked to the records {@code --demo} signs up. */
        CLAIRE("claire.martin@example.fr"), MONIQUE("monique.durand@example.fr");

        static final String PASSWORD = "demo-heure-civique";
        final String email;

        DemoAccount(String email) {
            this.email = email;
        }
    }

    private final Map<String, CachedToken> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    private record CachedToken(String token, java.time.Instant obtained) {
    }

    /** A demo account's access token, signed in the real way (authorization code + PKCE, {@code OidcSignIn}). */
    String token(DemoAccount account) {
        return signedIn(account.email, DemoAccount.PASSWORD);
    }

    private String signedIn(String email, String password) {
        CachedToken cached = tokens.get(email);
        if (cached != null && cached.obtained().isAfter(java.time.Instant.now().minus(Duration.ofMinutes(10)))) {
            return cached.token();
        }
        String token = new OidcSignIn(URI.create(stack.serviceUrl(PlatformService.IDENTITY))).signIn(email, password)
                .accessToken();
        tokens.put(email, new CachedToken(token, java.time.Instant.now()));
        secrets.add(token);
        return token;
    }

    /** A volunteer who signed up and chose a password: their record id, and their token. */
    record Volunteer(String id, String email, String token) {
    }

    /**
     * Signs a volunteer up through the gateway, then does what they would do with the set-password link that
     * identity-service sends them: opens it, chooses a password, signs in. The link is taken from its event
     * ({@code account.events}), the same one notification-service turns into the email.
     */
    Volunteer signUpVolunteer(String signUpJson, String email) {
        String[] id = new String[1];
        String token = withAccountFromLink(email, () -> {
            HttpResponse<String> created = post("/api/volunteers", signUpJson);
            expect(created, 201);
            id[0] = json(created).get("id").asString();
        });
        return new Volunteer(id[0], email, token);
    }

    /**
     * Does what creates an account for {@code email} (a sign-up, a referent's appointment), then what its holder
     * does with the set-password link identity-service sends: opens it, chooses a password, signs in. The link is
     * read from its event ({@code account.events}), the one notification-service turns into the email. Returns the
     * access token.
     */
    String withAccountFromLink(String email, Runnable creatingTheAccount) {
        try (EventProbe accounts = EventProbe.fromNow("localhost:" + ports().kafka(), Topics.ACCOUNT_EVENTS.name())) {
            creatingTheAccount.run();
            CapturedRecord setup = accounts.await(record -> record.type()
                    .equals(EventCatalog.ACCOUNT_PASSWORD_SETUP_REQUESTED.name())
                    && JSON.readTree(record.value()).get("email").asString().equalsIgnoreCase(email));
            String link = JSON.readTree(setup.value()).get("linkUrl").asString();
            String password = "mot-de-passe-" + java.util.UUID.randomUUID();
            secrets.add(password);
            choosePassword(link, password);
            return signedIn(email, password);
        }
    }

    /** Every token and password the tests used, for the log scan. */
    private final java.util.Set<String> secrets = java.util.concurrent.ConcurrentHashMap.newKeySet();

    java.util.Set<String> secretsUsed() {
        return java.util.Set.copyOf(secrets);
    }

    /** Where the services and the launcher write their logs. */
    Path logs() {
        return options.dataDir().resolve("logs");
    }

    private static void choosePassword(String link, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
                    .matcher(page.body());
            if (page.statusCode() != 200 || !csrf.find()) {
                throw new AssertionError("The set-password page answered " + page.statusCode());
            }
            String token = URI.create(link).getRawQuery().replaceFirst("^.*token=([^&]+).*$", "$1");
            String form = "token=" + token + "&password=" + password + "&confirmation=" + password + "&_csrf="
                    + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8);
            URI action = URI.create(link.substring(0, link.indexOf('?')));
            HttpResponse<String> done = browser.send(HttpRequest.newBuilder(action)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (done.statusCode() != 200) {
                throw new AssertionError("Choosing a password answered " + done.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Requests through the gateway (or to an absolute URL) with a token, or none. */
    final class Client {

        private final String token;

        private Client(String token) {
            this.token = token;
        }

        HttpResponse<String> get(String path) {
            return send(authorized(HttpRequest.newBuilder(URI.create(url(path))).GET()));
        }

        HttpResponse<String> get(String path, String accept) {
            return send(authorized(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).GET()));
        }

        HttpResponse<String> post(String path, String json) {
            return send(authorized(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))));
        }

        HttpResponse<String> delete(String path) {
            return send(authorized(HttpRequest.newBuilder(URI.create(url(path))).DELETE()));
        }

        private HttpRequest.Builder authorized(HttpRequest.Builder request) {
            return token == null ? request : request.header("Authorization", "Bearer " + token);
        }
    }

    /** The ports of the running platform (its embedded Kafka and MongoDB, for tests that look behind the API). */
    Ports ports() {
        return options.ports();
    }

    /** An absolute URL as is, a path through the gateway. */
    private String url(String pathOrUrl) {
        return pathOrUrl.startsWith("http") ? pathOrUrl : stack.gatewayUrl() + pathOrUrl;
    }

    /** A claim of an access token (a JWT: its payload is not encrypted), or {@code null}. */
    static String claim(String token, String name) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        JsonNode value = JSON.readTree(payload).get(name);
        return value == null || value.isNull() ? null : value.asString();
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements;
    }

    static List<JsonNode> elements(HttpResponse<String> response) {
        List<JsonNode> elements = new ArrayList<>();
        json(response).forEach(elements::add);
        return elements;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
