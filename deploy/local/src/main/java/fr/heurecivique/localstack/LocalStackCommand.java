package fr.heurecivique.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./heure-civique up [--fresh] [--demo]}: runs the platform on this machine until Ctrl-C or SIGTERM. The
 * shell script builds what is missing first and passes {@code --home}.
 */
public final class LocalStackCommand {

    private static final String USAGE = """
            usage: ./heure-civique up [--fresh] [--demo]
              --fresh   wipe the embedded data (Kafka, MongoDB, logs) before starting
              --demo    load a small demo data set through the public API once the platform is up
            environment: MONGODB_URI, KAFKA_BOOTSTRAP_SERVERS, SMTP_HOST/SMTP_PORT point the services at real
            infrastructure (nothing embedded is started for them); HEURE_CIVIQUE_DATA moves the data folder.""";

    private LocalStackCommand() {
    }

    public static void main(String[] args) {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
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
                DemoData.load(stack.gatewayUrl(), System.out);
            } catch (LaunchException e) {
                System.err.println("!! " + e.getMessage());
            }
        }
        System.out.println("Try:  curl -s " + stack.gatewayUrl() + "/actuator/health");
        System.out.println("Ctrl-C stops everything.");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
