package fr.heurecivique.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The launcher refuses to start, in one clear sentence, when it cannot work. */
class LocalStackTest {

    @TempDir
    Path home;

    private LocalStack.Options options(Ports ports) {
        return new LocalStack.Options(home, home.resolve(".data"), ports, Map.of(), List.of(), Duration.ofSeconds(5),
                new PrintStream(new ByteArrayOutputStream()));
    }

    @Test
    void saysWhichJarIsMissing() {
        assertThatThrownBy(() -> LocalStack.start(options(Ports.free())))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("gateway jar is missing")
                .hasMessageContaining("./mvnw -DskipTests package");
    }

    @Test
    void saysWhichPortIsTakenAndByWhatItWasNeeded() throws IOException {
        for (PlatformService service : PlatformService.values()) {
            Path jar = home.resolve(service.module()).resolve("target").resolve(service.module() + ".jar");
            Files.createDirectories(jar.getParent());
            Files.writeString(jar, "not started in this test");
        }
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Ports free = Ports.free();
            Ports ports = new Ports(free.gateway(), free.volunteer(), free.commune(), taken.getLocalPort(),
                    free.notification(), free.identity(), free.web(), free.kafka(), free.kafkaController(), free.mongo(),
                    free.smtp(), free.mailView());
            assertThatThrownBy(() -> LocalStack.start(options(ports)))
                    .isInstanceOf(LaunchException.class)
                    .hasMessage("Port " + taken.getLocalPort() + ", needed by matching-service, is already in use "
                            + "(another ./heure-civique up?); stop whatever holds it and try again.");
        }
        assertThat(home.resolve(".data").resolve("kafka")).doesNotExist();
    }
}
