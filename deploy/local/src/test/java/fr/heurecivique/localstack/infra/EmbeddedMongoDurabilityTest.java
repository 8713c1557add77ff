package fr.heurecivique.localstack.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded MongoDB keeps what it acknowledged: the H2 backend commits every 10 ms, so even a process killed
 * with SIGKILL (no shutdown hook) loses at most the last few milliseconds — here, after the writes were
 * acknowledged and a moment passed, nothing.
 */
class EmbeddedMongoDurabilityTest {

    @TempDir
    Path data;

    @Test
    void acknowledgedWritesSurviveAKill9() throws Exception {
        Path file = data.resolve("mongo.mv");
        int port = FreePorts.pick();
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MongoServerMain.class.getName(), file.toString(),
                String.valueOf(port)).redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            while ((line = output.readLine()) != null && !line.contains("READY")) {
                // wait for the server
            }
            try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
                MongoCollection<Document> volunteers = client.getDatabase("durability").getCollection("volunteers");
                for (int i = 0; i < 1000; i++) {
                    volunteers.insertOne(new Document("_id", i).append("name", "volunteer " + i));
                }
                // Acknowledged; give the 10 ms auto-commit a moment, as any request that follows would.
                assertThat(volunteers.countDocuments()).isEqualTo(1000);
            }
            Thread.sleep(100);
        } finally {
            server.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }

        try (EmbeddedMongo reopened = EmbeddedMongo.persistent(file, FreePorts.pick());
                MongoClient client = MongoClients.create(reopened.connectionString())) {
            assertThat(client.getDatabase("durability").getCollection("volunteers").countDocuments()).isEqualTo(1000);
        }
    }

    @Test
    void aCleanRestartKeepsEverything() {
        Path file = data.resolve("clean.mv");
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(file, FreePorts.pick());
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("restart").getCollection("needs").insertOne(new Document("title", "Courses du jeudi"));
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(file, FreePorts.pick());
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(client.getDatabase("restart").getCollection("needs").find().first().getString("title"))
                    .isEqualTo("Courses du jeudi");
        }
    }
}
