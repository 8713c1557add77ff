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

    /** The local demo accounts' password (identity-service's {@code heure-civique.identity.demo-password}). */
    public static final String DEMO_PASSWORD = "demo-heure-civique";

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

    /** Takes {@code name}'s value out of {@code arguments}, or gives {@code fallback} when it is not there. */
    public static String option(List<String> arguments, String name, String fallback) {
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
