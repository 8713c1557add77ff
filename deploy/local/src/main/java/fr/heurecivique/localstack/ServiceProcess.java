package fr.heurecivique.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service running as its own OS process, its output written to its log file. */
final class ServiceProcess {

    private final PlatformService service;
    private final int port;
    private final Process process;
    private final Path logFile;

    private ServiceProcess(PlatformService service, int port, Process process, Path logFile) {
        this.service = service;
        this.port = port;
        this.process = process;
        this.logFile = logFile;
    }

    static ServiceProcess launch(PlatformService service, Path jar, int port, Map<String, String> environment,
            List<String> jvmOptions, Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dserver.port=" + port);
        command.add("-Dheure-civique.launcher.parent-pid=" + ProcessHandle.current().pid());
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logFile.getParent());
            return new ServiceProcess(service, port, builder.start(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PlatformService service() {
        return service;
    }

    int port() {
        return port;
    }

    Path logFile() {
        return logFile;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Whether the service answers its readiness probe. */
    boolean isReady(HttpClient http) {
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the service to stop (SIGTERM: Spring shuts down gracefully). */
    void requestStop() {
        process.destroy();
    }

    /** Waits for the process to end, killing it (and anything it started) after {@code grace}. */
    void awaitStop(Duration grace) {
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** The last lines of the log, to explain a failed start. */
    List<String> logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }
}
