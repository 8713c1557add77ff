package fr.heurecivique.localstack;

import fr.heurecivique.localstack.infra.EmbeddedKafka;
import fr.heurecivique.localstack.infra.EmbeddedMongo;
import fr.heurecivique.localstack.infra.EmbeddedSmtp;
import fr.heurecivique.localstack.infra.FreePorts;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The embedded default: Kafka, MongoDB and SMTP in this process (unless {@code KAFKA_BOOTSTRAP_SERVERS},
 * {@code MONGODB_URI} or {@code SMTP_HOST} point elsewhere), and every service as its own OS process. Started by
 * {@code ./heure-civique up}, and by the system test exactly the same way.
 */
public final class LocalStack implements AutoCloseable {

    static final String MONGODB_URI = "MONGODB_URI";
    static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
    static final String SMTP_HOST = "SMTP_HOST";
    static final String SMTP_PORT = "SMTP_PORT";
    static final String LINKS_SECRET = "HEURE_CIVIQUE_LINKS_SECRET";
    static final String OIDC_ISSUER_URI = "OIDC_ISSUER_URI";
    static final String OIDC_JWK_SET_URI = "OIDC_JWK_SET_URI";
    /** The service clients that identity-service registers (client credentials, scope internal). */
    static final List<String> SERVICE_CLIENTS = List.of("volunteer-service", "commune-service", "matching-service",
            "notification-service", "gateway");
    static final String DEMO_ACCOUNTS = "HEURE_CIVIQUE_DEMO_ACCOUNTS";
    /** web's client secret: web is a confidential OpenID Connect client (authorization code) of identity-service. */
    static final String WEB_CLIENT_SECRET = "WEB_CLIENT_SECRET";
    static final String DATA = "HEURE_CIVIQUE_DATA";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Options options;
    private final PrintStream console;
    private final Map<PlatformService, ServiceProcess> services = new EnumMap<>(PlatformService.class);
    private final Map<String, String> serviceEnvironment = new LinkedHashMap<>();
    private EmbeddedKafka kafka;
    private EmbeddedMongo mongo;
    private EmbeddedSmtp smtp;
    private volatile boolean closing;
    private boolean closed;

    /**
     * @param home         the project's root (where each service's {@code target/<module>.jar} is)
     * @param dataDir      where the embedded infrastructure keeps its data, and where the logs go
     * @param ports        the ports to use
     * @param environment  the environment the services inherit; its {@code MONGODB_URI}, {@code KAFKA_BOOTSTRAP_SERVERS}
     *                     and {@code SMTP_HOST} replace the embedded infrastructure
     * @param jvmOptions   JVM options of each service process
     * @param startTimeout how long the services may take to become ready
     * @param console      where progress goes
     */
    public record Options(Path home, Path dataDir, Ports ports, Map<String, String> environment,
            List<String> jvmOptions, Duration startTimeout, PrintStream console) {

        /** Small heaps, serial GC and quick JIT: five JVMs on two cores start faster and stay lean. */
        public static final List<String> LEAN_JVM = List.of("-Xms32m", "-Xmx192m", "-Xss512k", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");
    }

    private LocalStack(Options options) {
        this.options = options;
        this.console = options.console();
    }

    public static LocalStack start(Options options) {
        LocalStack stack = new LocalStack(options);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() {
        long started = System.nanoTime();
        Map<PlatformService, Path> jars = jars();
        checkPorts();
        Path logs = createDirectories(options.dataDir().resolve("logs"));

        serviceEnvironment.putAll(options.environment());
        // Each service's client secret (client credentials, scope internal, for calls between services): one per
        // start, given to identity-service, which registers the clients, and to the services, each reading its own
        // <SERVICE>_CLIENT_SECRET — unless the environment sets them.
        for (String client : SERVICE_CLIENTS) {
            serviceEnvironment.putIfAbsent(clientSecretVariable(client), randomSecret());
        }
        if (external(KAFKA_BOOTSTRAP_SERVERS)) {
            step("Kafka: using " + options.environment().get(KAFKA_BOOTSTRAP_SERVERS));
        } else {
            step("Starting Kafka (KRaft broker) on localhost:" + options.ports().kafka());
            kafka = startInfrastructure("Kafka", () -> EmbeddedKafka.start(options.dataDir().resolve("kafka"),
                    options.ports().kafka(), options.ports().kafkaController()));
            serviceEnvironment.put(KAFKA_BOOTSTRAP_SERVERS, kafka.bootstrapServers());
        }
        if (external(MONGODB_URI)) {
            step("MongoDB: using the server of MONGODB_URI");
        } else {
            step("Starting MongoDB (mongo-java-server on H2) on localhost:" + options.ports().mongo());
            mongo = startInfrastructure("MongoDB", () -> EmbeddedMongo.persistent(
                    options.dataDir().resolve("mongo").resolve("heure-civique.mv"), options.ports().mongo()));
            serviceEnvironment.put(MONGODB_URI, mongo.connectionString());
        }
        if (external(SMTP_HOST)) {
            step("SMTP: using " + options.environment().get(SMTP_HOST));
        } else {
            step("Starting the SMTP server on localhost:" + options.ports().smtp());
            smtp = startInfrastructure("SMTP", () -> EmbeddedSmtp.start(options.ports().smtp(),
                    options.ports().mailView()));
            serviceEnvironment.put(SMTP_HOST, "localhost");
            serviceEnvironment.put(SMTP_PORT, String.valueOf(smtp.smtpPort()));
        }
        for (PlatformService service : PlatformService.values()) {
            serviceEnvironment.put(service.urlVariable(), "http://localhost:" + options.ports().of(service));
        }
        // Links in emails and SMS point at the gateway and are signed with a secret the services share.
        serviceEnvironment.putIfAbsent(LINKS_SECRET, linksSecret(options.dataDir()));
        serviceEnvironment.putIfAbsent("HEURE_CIVIQUE_LINKS_BASE_URL", "http://localhost:" + options.ports().gateway());
        // The embedded identity service issues the tokens, with a demo account per role; its signing keys are kept
        // in the data folder so that tokens survive a restart.
        serviceEnvironment.putIfAbsent(OIDC_ISSUER_URI, serviceUrl(PlatformService.IDENTITY));
        serviceEnvironment.putIfAbsent(OIDC_JWK_SET_URI, serviceEnvironment.get(OIDC_ISSUER_URI) + "/oauth2/jwks");
        serviceEnvironment.putIfAbsent(DEMO_ACCOUNTS, "true");
        // web signs people in at identity-service (docs/web.md): its secret, made per start like the services', is
        // given to both; people come back to web through the gateway, which serves its pages at /.
        serviceEnvironment.putIfAbsent(WEB_CLIENT_SECRET, randomSecret());
        serviceEnvironment.putIfAbsent("WEB_CLIENT_REDIRECT_URIS", gatewayUrl() + "/login/oauth2/code/heure-civique");
        serviceEnvironment.putIfAbsent("WEB_CLIENT_POST_LOGOUT_REDIRECT_URIS",
                gatewayUrl() + "/," + gatewayUrl() + "/compte-supprime");
        // The site's address as browsers see it: web's redirect URIs, identity-service's links back to the site.
        serviceEnvironment.putIfAbsent("WEB_PUBLIC_URL", gatewayUrl());
        serviceEnvironment.put(DATA, options.dataDir().toAbsolutePath().toString());

        step("Starting " + PlatformService.values().length + " services (each its own process)");
        for (PlatformService service : PlatformService.values()) {
            services.put(service, ServiceProcess.launch(service, jars.get(service), options.ports().of(service),
                    serviceEnvironment, options.jvmOptions(), logs.resolve(service.module() + ".log")));
        }
        awaitReady(started);
        services.values().forEach(process -> watchForUnexpectedExit(process));
    }

    /** The local stack's secret for signed links: made once, kept with the data so that links survive a restart. */
    /** {@code notification-service} → {@code NOTIFICATION_SERVICE_CLIENT_SECRET}. */
    static String clientSecretVariable(String client) {
        return client.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_CLIENT_SECRET";
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private static String linksSecret(Path dataDir) {
        Path file = dataDir.resolve("links-secret");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] random = new byte[32];
            new java.security.SecureRandom().nextBytes(random);
            String secret = java.util.HexFormat.of().formatHex(random);
            Files.createDirectories(dataDir);
            Files.writeString(file, secret);
            return secret;
        } catch (IOException e) {
            throw new LaunchException("Cannot read or create " + file + " (" + e.getMessage() + ").", e);
        }
    }

    private Map<PlatformService, Path> jars() {
        Map<PlatformService, Path> jars = new EnumMap<>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            Path jar = options.home().resolve(service.module()).resolve("target").resolve(service.module() + ".jar");
            if (!Files.isRegularFile(jar)) {
                throw new LaunchException("The " + service.module() + " jar is missing (" + jar
                        + "); build the platform first with ./mvnw -DskipTests package, or use ./heure-civique up.");
            }
            jars.put(service, jar);
        }
        return jars;
    }

    private void checkPorts() {
        Map<Integer, String> needed = new LinkedHashMap<>();
        for (PlatformService service : PlatformService.values()) {
            needed.put(options.ports().of(service), service.module());
        }
        if (!external(KAFKA_BOOTSTRAP_SERVERS)) {
            needed.put(options.ports().kafka(), "Kafka");
            needed.put(options.ports().kafkaController(), "the Kafka controller");
        }
        if (!external(MONGODB_URI)) {
            needed.put(options.ports().mongo(), "MongoDB");
        }
        if (!external(SMTP_HOST)) {
            needed.put(options.ports().smtp(), "the SMTP server");
            needed.put(options.ports().mailView(), "the captured-mail view");
        }
        needed.forEach((port, user) -> {
            if (!FreePorts.isFree(port)) {
                throw new LaunchException("Port " + port + ", needed by " + user + ", is already in use (another "
                        + "./heure-civique up?); stop whatever holds it and try again.");
            }
        });
    }

    private boolean external(String variable) {
        String value = options.environment().get(variable);
        return value != null && !value.isBlank();
    }

    private <T> T startInfrastructure(String name, java.util.function.Supplier<T> starter) {
        try {
            return starter.get();
        } catch (RuntimeException e) {
            throw new LaunchException(name + " could not start (" + rootMessage(e) + "); if another stack uses "
                    + options.dataDir() + ", stop it, or start afresh with --fresh.", e);
        }
    }

    private void awaitReady(long started) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + options.startTimeout().toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(services.values());
        while (!waiting.isEmpty()) {
            for (ServiceProcess process : List.copyOf(waiting)) {
                if (!process.isAlive()) {
                    throw new LaunchException(process.service().module() + " stopped during start-up (exit code "
                            + process.exitValue() + "); see " + process.logFile() + tail(process));
                }
                if (process.isReady(http)) {
                    waiting.remove(process);
                    step(String.format("  %-21s ready after %4.1f s", process.service().module(),
                            (System.nanoTime() - started) / 1e9));
                }
            }
            if (System.nanoTime() > deadline && !waiting.isEmpty()) {
                ServiceProcess late = waiting.get(0);
                throw new LaunchException(late.service().module() + " was not ready within "
                        + options.startTimeout().toSeconds() + " s; see " + late.logFile() + tail(late));
            }
            sleep(Duration.ofMillis(300));
        }
    }

    private static String tail(ServiceProcess process) {
        List<String> lines = process.logTail(15);
        return lines.isEmpty() ? "." : ". Last lines:\n    " + String.join("\n    ", lines);
    }

    private void watchForUnexpectedExit(ServiceProcess process) {
        ProcessHandle.of(process.pid()).ifPresent(handle -> handle.onExit().thenRun(() -> {
            if (!closing) {
                console.println("!! " + process.service().module() + " has stopped; see " + process.logFile());
            }
        }));
    }

    /** A table of what runs where, for the console. */
    public String summary() {
        StringBuilder table = new StringBuilder();
        table.append(String.format("  %-21s %-30s %s%n", "part", "address", "notes"));
        for (ServiceProcess process : services.values()) {
            table.append(String.format("  %-21s %-30s %s, log %s%n", process.service().module(),
                    "http://localhost:" + process.port(), process.service().role(),
                    relative(process.logFile())));
        }
        table.append(String.format("  %-21s %-30s %s%n", "kafka", serviceEnvironment.get(KAFKA_BOOTSTRAP_SERVERS),
                kafka != null ? "embedded KRaft broker, data in " + relative(options.dataDir().resolve("kafka"))
                        : "external"));
        table.append(String.format("  %-21s %-30s %s%n", "mongodb", mongo != null ? mongo.connectionString()
                : "(MONGODB_URI)", mongo != null ? "embedded, data in " + relative(options.dataDir().resolve("mongo"))
                        : "external"));
        table.append(String.format("  %-21s %-30s %s%n", "smtp", serviceEnvironment.get(SMTP_HOST) + ":"
                + serviceEnvironment.get(SMTP_PORT), smtp != null
                        ? "captures every email: http://localhost:" + smtp.httpPort() + "/messages"
                        : "external"));
        return table.toString();
    }

    private String relative(Path path) {
        Path home = options.home().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(home) ? home.relativize(absolute).toString() : absolute.toString();
    }

    public String gatewayUrl() {
        return "http://localhost:" + options.ports().gateway();
    }

    public String serviceUrl(PlatformService service) {
        return "http://localhost:" + options.ports().of(service);
    }

    /** The embedded SMTP server, or {@code null} when SMTP_HOST points elsewhere. */
    public EmbeddedSmtp smtp() {
        return smtp;
    }

    /** The process id of a running service. */
    public long pid(PlatformService service) {
        return services.get(service).pid();
    }

    /** Stops the services (gracefully, then forcibly), then the embedded infrastructure. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closing = true;
        if (!services.isEmpty()) {
            step("Stopping the services");
            services.values().forEach(ServiceProcess::requestStop);
            services.values().forEach(process -> process.awaitStop(STOP_GRACE));
        }
        closeQuietly("SMTP", smtp);
        closeQuietly("Kafka", kafka);
        closeQuietly("MongoDB", mongo);
        closed = true;
    }

    private void closeQuietly(String name, AutoCloseable part) {
        if (part == null) {
            return;
        }
        step("Stopping " + name);
        try {
            part.close();
        } catch (Exception e) {
            console.println("!! " + name + " did not stop cleanly: " + rootMessage(e));
        }
    }

    private void step(String line) {
        console.println(line);
    }

    private static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new LaunchException("Cannot create " + directory + " (" + e.getMessage() + ").", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while waiting for the services.", e);
        }
    }

    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() != null ? ": " + root.getMessage() : "");
    }

    /** Deletes the data folder's contents that the stack owns (used by {@code --fresh}). */
    public static void wipe(Path dataDir) {
        for (String part : List.of("kafka", "mongo", "logs", "links-secret", "identity")) {
            Path directory = dataDir.resolve(part);
            if (!Files.exists(directory)) {
                continue;
            }
            if (Files.isRegularFile(directory)) {
                try {
                    Files.delete(directory);
                } catch (IOException e) {
                    throw new LaunchException("Cannot delete " + directory + " (" + e.getMessage() + ").", e);
                }
                continue;
            }
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new LaunchException("Cannot delete " + directory + " (" + e.getMessage() + ").", e);
            }
        }
    }
}
