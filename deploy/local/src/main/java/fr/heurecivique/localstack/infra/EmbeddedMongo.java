package fr.heurecivique.localstack.infra;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server in this process (mongo-java-server). Persistent on its H2 backend, which commits
 * every 10 ms instead of every second, so that even a {@code kill -9} loses at most the last few milliseconds;
 * {@link #close()} commits and closes the file. One server per file: H2 locks it.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    private static final int AUTO_COMMIT_DELAY_MILLIS = 10;

    private final MongoServer server;
    private final int port;

    private EmbeddedMongo(MongoBackend backend, int port) {
        this.server = new MongoServer(backend);
        this.server.bind("localhost", port);
        this.port = port;
    }

    /** A server whose data lives in {@code file} (an H2 MVStore file) and survives restarts. */
    public static EmbeddedMongo persistent(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        store.setAutoCommitDelay(AUTO_COMMIT_DELAY_MILLIS);
        EmbeddedMongo mongo = new EmbeddedMongo(new H2Backend(store), port);
        log.info("MongoDB wire-protocol server on port {} with data in {}", port, file);
        return mongo;
    }

    /** A server that keeps everything in memory (tests). */
    public static EmbeddedMongo inMemory(int port) {
        return new EmbeddedMongo(new MemoryBackend(), port);
    }

    public String connectionString() {
        return "mongodb://localhost:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        // Closes the backend too, which commits and closes the H2 file.
        server.shutdown();
        log.info("MongoDB wire-protocol server stopped");
    }
}
