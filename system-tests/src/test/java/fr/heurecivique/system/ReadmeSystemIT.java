package fr.heurecivique.system;

import fr.heurecivique.localstack.DemoData;
import fr.heurecivique.localstack.LocalStack;
import fr.heurecivique.localstack.PlatformService;
import fr.heurecivique.localstack.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Try it" block, run with bash exactly as a new user runs it after {@code ./heure-civique up --demo},
 * then the other blocks of the README and the docs marked {@code <!-- run by: ReadmeSystemIT -->}:
 * on a platform of its own, fresh, with the demo data (the block takes La Rochelle through the partnership, which the
 * shared platform's tests do too). The only changes ({@link DocBlocks#forPlatform}): the platform's ports replace
 * {@code localhost:8080} and {@code localhost:8025}, {@code IDENTITY_SERVICE_URL} points {@code ./heure-civique
 * token} at its identity service, the block runs under {@code set -euo pipefail} (every command must succeed), and
 * where the block says "Once the mission has started", the platform's clock is moved there (a user waits).
 */
class ReadmeSystemIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static LocalStack stack;
    private static Ports ports;
    private static Path data;

    @BeforeAll
    static void aFreshPlatformWithTheDemoData() throws IOException {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.keySet().removeAll(List.of("MONGODB_URI", "KAFKA_BOOTSTRAP_SERVERS", "SMTP_HOST", "SMTP_PORT"));
        data = Files.createTempDirectory("heure-civique-readme");
        environment.put("HEURE_CIVIQUE_CLOCK_OFFSET_FILE", data.resolve("clock-offset").toString());
        ports = Ports.free();
        stack = LocalStack.start(new LocalStack.Options(home(), data, ports, environment, LocalStack.Options.LEAN_JVM,
                Duration.ofSeconds(600), System.out));
        DemoData.load(stack.gatewayUrl(), stack.serviceUrl(PlatformService.IDENTITY), System.out);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theTryItBlockAndTheDocsTokenCommandsSucceedEndToEnd() throws Exception {
        // The README's blocks (Try it first), then the docs' that run on its platform.
        List<String> blocks = new java.util.ArrayList<>(DocBlocks.runBy(home().resolve("README.md"), "ReadmeSystemIT"));
        blocks.addAll(DocBlocks.runBy(home().resolve("docs/security.md"), "ReadmeSystemIT"));
        String block = String.join("\n", blocks);
        // The block's need is in two days at 14:00; the clock moves to 14:05 then (tokens are checked on real time).
        Instant started = LocalDate.now(PARIS).plusDays(2).atTime(14, 5).atZone(PARIS).toInstant();
        Path clockFile = data.resolve("clock-offset");
        String script = DocBlocks.forPlatform(block, ports, line -> line.startsWith("# Once the mission has started")
                ? "printf '%s' \"" + Duration.between(Instant.now(), started) + "\" > '" + data.resolve("clock.next")
                        + "' && mv '" + data.resolve("clock.next") + "' '" + clockFile + "'\n" + line
                : line);
        Path file = data.resolve("try-it.sh");
        Files.writeString(file, script);

        ProcessBuilder bash = new ProcessBuilder("bash", file.toString()).directory(home().toFile())
                .redirectErrorStream(true);
        bash.environment().put("IDENTITY_SERVICE_URL", stack.serviceUrl(PlatformService.IDENTITY));
        Process process = bash.start();
        String output;
        boolean ended;
        try (var out = process.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            ended = process.waitFor(5, TimeUnit.MINUTES);
        } finally {
            process.destroyForcibly();
        }
        System.out.println("README's Try it block:\n" + output);
        assertThat(ended).as("the block ends").isTrue();
        assertThat(process.exitValue()).as("the block's exit status; its output:\n" + output).isZero();
        assertThat(output).contains("\"status\":\"REGISTERED\"").contains("true");
    }

    static Path home() {
        return Path.of(System.getProperty("heure-civique.home")).toAbsolutePath().normalize();
    }
}
