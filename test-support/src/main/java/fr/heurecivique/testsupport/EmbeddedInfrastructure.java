package fr.heurecivique.testsupport;

import fr.heurecivique.localstack.infra.EmbeddedKafka;
import fr.heurecivique.localstack.infra.EmbeddedMongo;
import fr.heurecivique.localstack.infra.EmbeddedSmtp;
import fr.heurecivique.localstack.infra.FreePorts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * One in-process Kafka broker (KRaft), one in-memory MongoDB wire-protocol server and one SMTP server per test JVM,
 * each started on first use on a free port and stopped when the JVM exits. The same classes as the local stack.
 */
public final class EmbeddedInfrastructure {

    private static EmbeddedKafka kafka;
    private static EmbeddedMongo mongo;
    private static EmbeddedSmtp smtp;

    private EmbeddedInfrastructure() {
    }

    public static synchronized EmbeddedKafka kafka() {
        if (kafka == null) {
            try {
                kafka = EmbeddedKafka.start(Files.createTempDirectory("heure-civique-test-kafka"), FreePorts.pick(),
                        FreePorts.pick());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            closeAtExit(kafka);
        }
        return kafka;
    }

    public static synchronized EmbeddedMongo mongo() {
        if (mongo == null) {
            mongo = EmbeddedMongo.inMemory(FreePorts.pick());
            closeAtExit(mongo);
        }
        return mongo;
    }

    public static synchronized EmbeddedSmtp smtp() {
        if (smtp == null) {
            smtp = EmbeddedSmtp.start(FreePorts.pick(), -1);
            closeAtExit(smtp);
        }
        return smtp;
    }

    private static void closeAtExit(AutoCloseable part) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                part.close();
            } catch (Exception e) {
                // the JVM is ending
            }
        }, "embedded-infrastructure-shutdown"));
    }
}
