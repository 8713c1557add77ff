package fr.heurecivique.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README and the docs stay true: each shell block says what runs it in CI (a test class or a script that exists)
 * or why nothing can, and the README's services table lists the topics each service's Kafka listeners read.
 */
class DocCommandsTest {

    private static final Path HOME = Path.of(System.getProperty("heure-civique.home", "..")).toAbsolutePath()
            .normalize();

    @Test
    void everyShellBlockOfTheReadmeAndTheDocsSaysWhatRunsItInCi() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : documents()) {
            for (DocBlocks.Block block : DocBlocks.all(file)) {
                String where = HOME.relativize(file) + ":" + block.line();
                String marker = block.marker();
                if (marker == null || !(marker.startsWith(DocBlocks.RUN_BY) || marker.startsWith(DocBlocks.NOT_RUN))) {
                    problems.add(where + ": no <!-- run by: … --> or <!-- not run in CI: … --> before the block");
                } else if (marker.startsWith(DocBlocks.RUN_BY)) {
                    String runner = marker.substring(DocBlocks.RUN_BY.length()).split("[\\s,;]")[0];
                    if (!exists(runner)) {
                        problems.add(where + ": run by " + runner + ", which is neither a file nor a test class");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theReadmesConsumesColumnListsWhatEachServicesListenersRead() throws IOException {
        List<String> rows = Files.readAllLines(HOME.resolve("README.md")).stream()
                .filter(line -> line.startsWith("| `") && line.contains("-service` |")).toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(5);
        for (String row : rows) {
            String[] cells = row.split("\\|");
            String service = cells[1].strip().replace("`", "");
            assertThat(topics(cells[5])).as("README: what " + service + " consumes")
                    .isEqualTo(listenedTopics(HOME.resolve(service).resolve("src/main/java")));
        }
    }

    private static Set<String> topics(String text) {
        Set<String> topics = new TreeSet<>();
        Matcher topic = Pattern.compile("`([a-z]+\\.events)`").matcher(text);
        while (topic.find()) {
            topics.add(topic.group(1));
        }
        return topics;
    }

    private static Set<String> listenedTopics(Path sources) throws IOException {
        Pattern listener = Pattern.compile(
                "@KafkaListener\\((?:[^()]|\\([^()]*\\))*?topics\\s*=\\s*Topics\\.Names\\.([A-Z_]+)",
                Pattern.DOTALL);
        Set<String> topics = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher found = listener.matcher(Files.readString(file));
                while (found.find()) {
                    topics.add(found.group(1).toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
                }
            }
        }
        return topics;
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(HOME.resolve("README.md")));
        try (Stream<Path> docs = Files.list(HOME.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    private static boolean exists(String runner) {
        if (Files.exists(HOME.resolve(runner))) {
            return true;
        }
        try (Stream<Path> sources = Files.walk(HOME, 8)) {
            return sources.anyMatch(path -> path.getFileName().toString().equals(runner + ".java")
                    && path.toString().contains("/src/test/java/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
