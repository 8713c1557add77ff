package fr.heurecivique.system;

import fr.heurecivique.localstack.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The shell blocks of the README and the docs. Each fenced {@code bash} block is preceded by a comment that says what
 * runs it — {@code <!-- run by: TestClass ... -->} or {@code <!-- run by: .ci/run -->} — or why nothing in CI can
 * ({@code <!-- not run in CI: ... -->}); {@link DocCommandsTest} keeps it so.
 */
final class DocBlocks {

    static final String RUN_BY = "<!-- run by: ";
    static final String NOT_RUN = "<!-- not run in CI: ";

    private DocBlocks() {
    }

    /** A shell block, the comment before it (or {@code null}) and where it starts. */
    record Block(Path file, int line, String marker, String text) {
    }

    static List<Block> all(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String fence = lines.get(i).strip();
                if (fence.equals("```bash") || fence.equals("```sh") || fence.equals("```shell")) {
                    String marker = null;
                    for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
                        if (lines.get(j).strip().startsWith("<!--")) {
                            marker = lines.get(j).strip();
                            break;
                        }
                    }
                    int end = i + 1;
                    while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                        end++;
                    }
                    blocks.add(new Block(file, i + 1, marker, String.join("\n", lines.subList(i + 1, end)) + "\n"));
                    i = end;
                }
            }
            return blocks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The blocks of {@code file} that {@code runner} runs. */
    static List<String> runBy(Path file, String runner) {
        List<String> blocks = all(file).stream().filter(block -> block.marker() != null
                && block.marker().startsWith(RUN_BY + runner)).map(Block::text).toList();
        if (blocks.isEmpty()) {
            throw new AssertionError("No block of " + file + " says it is run by " + runner);
        }
        return blocks;
    }

    /**
     * A block as it runs against a platform on other ports than the default ones: {@code localhost:8080} (the
     * gateway) and {@code localhost:8025} (the captured mail) are replaced by the platform's, each line may be
     * rewritten by {@code lines}, and the whole runs under {@code set -euo pipefail}.
     */
    static String forPlatform(String block, Ports ports, UnaryOperator<String> lines) {
        String script = block.replace("localhost:8080", "localhost:" + ports.gateway())
                .replace("localhost:8025", "localhost:" + ports.mailView());
        return "set -euo pipefail\n" + script.lines().map(lines).collect(Collectors.joining("\n")) + "\n";
    }
}
