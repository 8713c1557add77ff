package fr.heurecivique.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./heure-civique up [--fresh] [--demo]}: runs the platform on this machine until Ctrl-C or SIGTERM. The
 * shell script builds what is missing first and passes {@code --home}.
 *
 * <p>{@code ./heure-civique token <email> [--password <password>]}: signs in at the running identity service as the
 * shell's client and prints an access token, for API scripts ({@link OidcSignIn}).
 */
public final class LocalStackCommand {

    private static final String USAGE = """
            usage: ./heure-civique up [--fresh] [--demo]
                   ./heure-civique bench gateway [--concurrency N] [--seconds S] [--rounds R] [--warmup W]
                   ./heure-civique bench matching [--volunteers 10000,100000,1000000] [--queries Q]
                   ./heure-civique bench web [--fetches N] [--warmup W]
                   ./heure-civique bench import [--lines N]
                   ./heure-civique token <email> [--password <password>]
              --fresh   wipe the embedded data (Kafka, MongoDB, logs, identity keys) before starting
              --demo    load a small demo data set through the public API once the platform is up
              token     sign in at the running identity service and print an access token (the password defaults to
                        HEURE_CIVIQUE_PASSWORD, else the local demo accounts' password)
            environment: MONGODB_URI, KAFKA_BOOTSTRAP_SERVERS, SMTP_HOST/SMTP_PORT point the services at real
            infrastructure (nothing embedded is started for them); HEURE_CIVIQUE_DATA moves the data folder.""";

    private LocalStackCommand() {
    }

    public static void main(String[] args) {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        if (!arguments.isEmpty() && "token".equals(arguments.get(0))) {
            System.exit(token(arguments.subList(1, arguments.size())));
            return;
        }
        Path home = Path.of(option(arguments, "--home", ".")).toAbsolutePath().normalize();
        String dataOption = System.getenv("HEURE_CIVIQUE_DATA");
        Path dataDir = dataOption != null && !dataOption.isBlank() ? Path.of(dataOption).toAbsolutePath()
                : home.resolve(".data");
        System.setProperty("heure-civique.log-dir", dataDir.resolve("logs").toString());
        System.setProperty("logback.configurationFile", "local-stack-logback.xml");

        if (arguments.size() >= 2 && "bench".equals(arguments.get(0)) && "gateway".equals(arguments.get(1))) {
            benchGateway(home, arguments);
            return;
        }
        if (arguments.size() >= 2 && "bench".equals(arguments.get(0)) && "web".equals(arguments.get(1))) {
            System.exit(benchWeb(home, arguments));
            return;
        }
        if (arguments.size() >= 2 && "bench".equals(arguments.get(0)) && "import".equals(arguments.get(1))) {
            System.exit(benchImport(home, arguments));
            return;
        }
        if (arguments.size() >= 2 && "bench".equals(arguments.get(0)) && "matching".equals(arguments.get(1))) {
            System.exit(benchMatching(home, arguments));
            return;
        }
        boolean fresh = arguments.remove("--fresh");
        boolean demo = arguments.remove("--demo");
        if (arguments.size() != 1 || !"up".equals(arguments.get(0))) {
            System.err.println(USAGE);
            System.exit(2);
        }
        if (fresh) {
            System.out.println("Wiping " + dataDir);
            LocalStack.wipe(dataDir);
        }

        long started = System.nanoTime();
        LocalStack stack;
        try {
            stack = LocalStack.start(new LocalStack.Options(home, dataDir, Ports.defaults(), System.getenv(),
                    LocalStack.Options.LEAN_JVM, Duration.ofSeconds(240), System.out));
        } catch (LaunchException e) {
            System.err.println();
            System.err.println("Could not start the platform: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println();
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "local-stack-shutdown"));

        System.out.printf("%nL'Heure Civique is up, ready in %.1f s:%n%n%s%n", (System.nanoTime() - started) / 1e9,
                stack.summary());
        if (demo) {
            try {
                DemoData.load(stack.gatewayUrl(), stack.serviceUrl(PlatformService.IDENTITY), System.out);
            } catch (LaunchException e) {
                System.err.println("!! " + e.getMessage());
            }
        }
        System.out.println("Open: " + stack.gatewayUrl() + "/   (the web client, in a browser)");
        System.out.println("Try:  curl -s " + stack.gatewayUrl() + "/actuator/health");
        System.out.println("A token (demo accounts and their local-only password: docs/security.md):");
        System.out.println("      curl -s -H \"Authorization: Bearer $(./heure-civique token admin@demo.example.fr)\" "
                + stack.gatewayUrl() + "/api/accounts");
        System.out.println("Ctrl-C stops everything.");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts a platform of its own (free ports, a temporary data folder, full JIT, rate limits out of the way) and
     * measures the same read through the gateway and directly against commune-service.
     */
    private static void benchGateway(Path home, List<String> arguments) {
        int concurrency = Integer.parseInt(option(arguments, "--concurrency", "16"));
        int seconds = Integer.parseInt(option(arguments, "--seconds", "10"));
        int rounds = Integer.parseInt(option(arguments, "--rounds", "3"));
        int warmup = Integer.parseInt(option(arguments, "--warmup", "60"));
        java.util.Map<String, String> environment = new java.util.HashMap<>(System.getenv());
        environment.put("HEURE_CIVIQUE_GATEWAY_RATE_LIMIT_PUBLIC_LIMIT_CAPACITY", "1000000000");
        environment.put("HEURE_CIVIQUE_GATEWAY_RATE_LIMIT_USER_LIMIT_CAPACITY", "1000000000");
        environment.put("LOGGING_LEVEL_ROOT", "WARN");
        try {
            Path data = java.nio.file.Files.createTempDirectory("heure-civique-bench");
            System.setProperty("heure-civique.log-dir", data.resolve("logs").toString());
            try (LocalStack stack = LocalStack.start(new LocalStack.Options(home, data, Ports.free(), environment,
                    List.of("-Xms256m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"),
                    Duration.ofSeconds(240), System.out))) {
                // An authenticated read: La Rochelle's referent (a demo account, signed in the real way) lists the
                // commune's needs; the gateway validates the token, then commune-service validates it again.
                String path = "/api/needs?commune=17300";
                String token = new OidcSignIn(java.net.URI.create(stack.serviceUrl(PlatformService.IDENTITY)))
                        .signIn("referent.la-rochelle@demo.example.fr", DEMO_PASSWORD).accessToken();
                System.out.printf("%nGET %s as La Rochelle's referent (Bearer token) at concurrency %d: %d rounds of "
                        + "%d s each way%n", path, concurrency, rounds, seconds);
                // The CPU each process spends per request: the gateway, the service, and this launcher (the load
                // generator, with the embedded MongoDB and Kafka).
                java.util.Map<String, Long> watched = new java.util.LinkedHashMap<>();
                watched.put("gateway", stack.pid(PlatformService.GATEWAY));
                watched.put("commune-service", stack.pid(PlatformService.COMMUNE));
                watched.put("launcher", ProcessHandle.current().pid());
                String line = new GatewayBenchmark(concurrency, Duration.ofSeconds(seconds),
                        Duration.ofSeconds(warmup), rounds, System.out, () -> "Bearer " + token, watched)
                        .run(stack.gatewayUrl() + path, stack.serviceUrl(PlatformService.COMMUNE) + path);
                System.out.println();
                System.out.println(line);
            }
        } catch (java.io.IOException e) {
            System.err.println("Could not run the benchmark: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (LaunchException e) {
            System.err.println("Could not start the platform: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Starts a platform of its own (free ports, a temporary data folder, the demo data), signs a demo volunteer in at
     * the web client and times its pages through the gateway ({@link WebBenchmark}).
     */
    private static int benchWeb(Path home, List<String> arguments) {
        int fetches = Integer.parseInt(option(arguments, "--fetches", "100"));
        int warmup = Integer.parseInt(option(arguments, "--warmup", "100"));
        try {
            Path data = java.nio.file.Files.createTempDirectory("heure-civique-bench-web");
            System.setProperty("heure-civique.log-dir", data.resolve("logs").toString());
            try (LocalStack stack = LocalStack.start(new LocalStack.Options(home, data, Ports.free(),
                    WebBenchmark.quietEnvironment(), LocalStack.Options.LEAN_JVM, Duration.ofSeconds(240),
                    System.out))) {
                DemoData.load(stack.gatewayUrl(), stack.serviceUrl(PlatformService.IDENTITY), System.out);
                java.net.http.HttpClient anonymous = java.net.http.HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(5)).build();
                java.net.http.HttpClient signedIn = WebSignIn.signIn(stack.gatewayUrl()
                        + WebPages.VOLUNTEER.get(0).path(), WebPages.DEMO_VOLUNTEER, DEMO_PASSWORD);
                System.out.printf("%nEach page %d times through the gateway, one at a time, after %d warm-up fetches;"
                        + " the volunteer's space signed in as a demo volunteer%n", fetches, warmup);
                String line = new WebBenchmark(fetches, warmup, System.out).run(stack.gatewayUrl(), anonymous,
                        signedIn);
                System.out.println();
                System.out.println(line);
                return line.contains("errors=") ? 1 : 0;
            } finally {
                LocalStack.wipe(data);
            }
        } catch (java.io.IOException e) {
            System.err.println("Could not run the benchmark: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (LaunchException e) {
            System.err.println("Could not run the benchmark: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Starts a platform of its own (free ports, a temporary data folder, the demo accounts), signs the demo coordinator
     * in at the web client and imports a CSV of volunteers through {@code /gestion/import} ({@link ImportBenchmark}).
     */
    private static int benchImport(Path home, List<String> arguments) {
        int lines = Integer.parseInt(option(arguments, "--lines", "10000"));
        try {
            Path data = java.nio.file.Files.createTempDirectory("heure-civique-bench-import");
            System.setProperty("heure-civique.log-dir", data.resolve("logs").toString());
            try (LocalStack stack = LocalStack.start(new LocalStack.Options(home, data, Ports.free(),
                    WebBenchmark.quietEnvironment(), LocalStack.Options.LEAN_JVM, Duration.ofSeconds(600),
                    System.out))) {
                java.net.http.HttpClient coordinator = WebSignIn.signIn(stack.gatewayUrl() + "/gestion/import",
                        "coordinator@demo.example.fr", DEMO_PASSWORD);
                String line = new ImportBenchmark(coordinator, stack.gatewayUrl(), System.out).run(lines);
                System.out.println();
                System.out.println(line);
                return 0;
            } catch (java.io.IOException | LaunchException e) {
                // keep the services' logs of a failed run, outside the data folder that is wiped
                Path kept = java.nio.file.Files.createTempDirectory("heure-civique-bench-import-logs");
                try (var logs = java.nio.file.Files.list(data.resolve("logs"))) {
                    for (Path log : logs.toList()) {
                        java.nio.file.Files.copy(log, kept.resolve(log.getFileName()));
                    }
                }
                System.err.println("The services' logs are in " + kept);
                throw e;
            } finally {
                LocalStack.wipe(data);
            }
        } catch (java.io.IOException e) {
            System.err.println("Could not run the benchmark: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (LaunchException e) {
            System.err.println("Could not run the benchmark: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Runs matching-service's benchmark ({@code fr.heurecivique.matching.bench.MatchingBench}, in its jar) in a JVM of
     * its own with a 2 GiB heap, against a Kafka broker started here on free ports (for the rebuild from events), so
     * that the launcher carries none of the engine's code.
     */
    private static int benchMatching(Path home, List<String> arguments) {
        String volunteers = option(arguments, "--volunteers", "10000,100000,1000000");
        String queries = option(arguments, "--queries", "2000");
        Path jar = home.resolve("matching-service/target/matching-service.jar");
        if (!java.nio.file.Files.isRegularFile(jar)) {
            System.err.println("Could not run the benchmark: " + home.relativize(jar) + " is missing (build it first).");
            return 1;
        }
        try {
            Path data = java.nio.file.Files.createTempDirectory("heure-civique-bench-matching");
            System.setProperty("heure-civique.log-dir", data.resolve("logs").toString());
            try (fr.heurecivique.localstack.infra.EmbeddedKafka kafka = fr.heurecivique.localstack.infra.EmbeddedKafka
                    .start(data.resolve("kafka"), fr.heurecivique.localstack.infra.FreePorts.pick(),
                            fr.heurecivique.localstack.infra.FreePorts.pick())) {
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                Process bench = new ProcessBuilder(java, "-Xms2g", "-Xmx2g", "-XX:+UseParallelGC",
                        "-Dloader.main=fr.heurecivique.matching.bench.MatchingBench", "-cp", jar.toString(),
                        "org.springframework.boot.loader.launch.PropertiesLauncher", "--volunteers", volunteers,
                        "--queries", queries, "--bootstrap", kafka.bootstrapServers()).inheritIO().start();
                return bench.waitFor();
            } finally {
                LocalStack.wipe(data);
            }
        } catch (java.io.IOException e) {
            System.err.println("Could not run the benchmark: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** The local demo accounts' password (identity-service's {@code heure-civique.identity.demo-password}). */
    static final String DEMO_PASSWORD = "demo-heure-civique";

    /** Prints an access token for the account, obtained by signing in as a person would; returns the exit code. */
    static int token(List<String> args) {
        List<String> arguments = new ArrayList<>(args);
        String environmentPassword = System.getenv("HEURE_CIVIQUE_PASSWORD");
        String password = option(arguments, "--password", environmentPassword != null && !environmentPassword.isBlank()
                ? environmentPassword : DEMO_PASSWORD);
        if (arguments.size() != 1 || arguments.get(0).startsWith("-")) {
            System.err.println(USAGE);
            return 2;
        }
        String identity = System.getenv("IDENTITY_SERVICE_URL");
        URI provider = URI.create(identity != null && !identity.isBlank() ? identity
                : "http://localhost:" + Ports.defaults().identity());
        try {
            System.out.println(new OidcSignIn(provider).signIn(arguments.get(0), password).accessToken());
            return 0;
        } catch (OidcSignIn.SignInException e) {
            System.err.println("heure-civique token: " + e.getMessage());
            return 1;
        }
    }

    private static String option(List<String> arguments, String name, String fallback) {
        int index = arguments.indexOf(name);
        if (index < 0 || index + 1 >= arguments.size()) {
            return fallback;
        }
        String value = arguments.get(index + 1);
        arguments.remove(index + 1);
        arguments.remove(index);
        return value;
    }
}
