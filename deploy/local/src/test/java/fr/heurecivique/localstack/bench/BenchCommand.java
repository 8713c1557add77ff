package fr.heurecivique.localstack.bench;

import fr.heurecivique.localstack.DemoData;
import fr.heurecivique.localstack.LaunchException;
import fr.heurecivique.localstack.LocalStack;
import fr.heurecivique.localstack.OidcSignIn;
import fr.heurecivique.localstack.PlatformService;
import fr.heurecivique.localstack.Ports;
import fr.heurecivique.localstack.WebPages;
import fr.heurecivique.localstack.infra.EmbeddedKafka;
import fr.heurecivique.localstack.infra.FreePorts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static fr.heurecivique.localstack.LocalStackCommand.DEMO_PASSWORD;
import static fr.heurecivique.localstack.LocalStackCommand.option;

/**
 * {@code ./heure-civique bench gateway|web|matching|import}: the benchmarks, kept out of the launcher's jar (they are test
 * sources, packaged as {@code deploy/local/target/local-stack-bench.jar}); the script runs this class with the
 * launcher's jar and that one on the class path (Spring Boot's {@code PropertiesLauncher}, {@code loader.path}).
 */
public final class BenchCommand {

    private BenchCommand() {
    }

    public static void main(String[] args) {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        Path home = Path.of(option(arguments, "--home", ".")).toAbsolutePath().normalize();
        System.setProperty("logback.configurationFile", "local-stack-logback.xml");
        String which = arguments.size() >= 2 && "bench".equals(arguments.get(0)) ? arguments.get(1) : "";
        switch (which) {
            case "gateway" -> benchGateway(home, arguments);
            case "web" -> System.exit(benchWeb(home, arguments));
            case "matching" -> System.exit(benchMatching(home, arguments));
            case "import" -> System.exit(benchImport(home, arguments));
            default -> {
                System.err.println("usage: ./heure-civique bench gateway|matching|web|import [options] (./heure-civique help)");
                System.exit(2);
            }
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
                    WebBenchmark.quietEnvironment(), LocalStack.Options.LEAN_JVM, Duration.ofSeconds(240),
                    System.out))) {
                java.net.http.HttpClient coordinator = WebSignIn.signIn(stack.gatewayUrl() + "/gestion/import",
                        "coordinator@demo.example.fr", DEMO_PASSWORD);
                String line = new ImportBenchmark(coordinator, stack.gatewayUrl(), System.out).run(lines);
                System.out.println();
                System.out.println(line);
                return 0;
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
     * Runs matching-service's benchmark ({@code fr.heurecivique.matching.bench.MatchingBench}, a test source packaged
     * as {@code matching-service-bench.jar}) on the service's jar's class path, in a JVM of its own with a 2 GiB heap,
     * against a Kafka broker started here on free ports (for the rebuild from events), so that neither the launcher
     * nor the service's jar carries the benchmark.
     */
    private static int benchMatching(Path home, List<String> arguments) {
        String volunteers = option(arguments, "--volunteers", "10000,100000,1000000");
        String queries = option(arguments, "--queries", "2000");
        Path jar = home.resolve("matching-service/target/matching-service.jar");
        Path benchJar = home.resolve("matching-service/target/matching-service-bench.jar");
        for (Path needed : List.of(jar, benchJar)) {
            if (!java.nio.file.Files.isRegularFile(needed)) {
                System.err.println("Could not run the benchmark: " + home.relativize(needed)
                        + " is missing (build it first).");
                return 1;
            }
        }
        try {
            Path data = java.nio.file.Files.createTempDirectory("heure-civique-bench-matching");
            System.setProperty("heure-civique.log-dir", data.resolve("logs").toString());
            try (EmbeddedKafka kafka = EmbeddedKafka.start(data.resolve("kafka"), FreePorts.pick(),
                    FreePorts.pick())) {
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                Process bench = new ProcessBuilder(java, "-Xms2g", "-Xmx2g", "-XX:+UseParallelGC",
                        "-Dloader.main=fr.heurecivique.matching.bench.MatchingBench",
                        "-Dloader.path=" + benchJar, "-cp", jar.toString(),
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
}
