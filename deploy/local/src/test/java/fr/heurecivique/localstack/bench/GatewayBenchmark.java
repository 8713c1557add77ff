package fr.heurecivique.localstack.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * {@code ./heure-civique bench gateway}: the same read, through the gateway and directly against the service, at a
 * fixed concurrency, in alternating rounds (so that both see the same machine state), after a warm-up. Prints the
 * throughputs, their ratio and the latency the gateway adds at the median and the 99th percentile, and ends with one
 * line: {@code gateway-bench rps_gateway=.. rps_direct=.. ratio=.. p50_added_ms=.. p99_added_ms=..}.
 */
final class GatewayBenchmark {

    /**
     * One measured round: requests done, their latencies in microseconds, its duration, and the CPU time each
     * watched process used during it (nanoseconds, by name).
     */
    record Round(long requests, long errors, long[] latenciesMicros, double seconds, Map<String, Long> cpuNanos) {

        double rps() {
            return requests / seconds;
        }
    }

    /** The result over all rounds of one target, with the CPU time per request of each watched process. */
    record Result(double rps, double p50Millis, double p99Millis, long requests, long errors,
            Map<String, Double> cpuMicrosPerRequest) {
    }

    /** Slices of the warm-up: this long each way, then a pause. */
    private static final Duration WARMUP_SLICE = Duration.ofSeconds(15);
    /**
     * A pause with no load after each warm-up slice: under full load the JIT compiler threads get little of the two
     * cores and fall minutes behind (measured: C2 still compiling the gateway's hot paths 3 minutes into a loaded
     * run, a third of its CPU); idle pauses let them catch up, so that the rounds compare compiled code.
     */
    private static final Duration WARMUP_PAUSE = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final int concurrency;
    private final Duration roundDuration;
    private final Duration warmup;
    private final int rounds;
    private final PrintStream out;
    private final Supplier<String> authorization;
    private final Map<String, Long> watched;

    /**
     * @param warmup        how long each way is exercised before measuring: the JIT compiles the gateway's reactive
     *                      stack and the service's for a good minute on two cores; measured rounds before that
     *                      compare a half-compiled gateway with a compiled service
     * @param authorization the {@code Authorization} header value of each request, or {@code null} for none
     * @param watched       the processes whose CPU time per request is reported (name → pid)
     */
    GatewayBenchmark(int concurrency, Duration roundDuration, Duration warmup, int rounds, PrintStream out,
            Supplier<String> authorization, Map<String, Long> watched) {
        this.concurrency = concurrency;
        this.roundDuration = roundDuration;
        this.warmup = warmup;
        this.rounds = rounds;
        this.out = out;
        this.authorization = authorization;
        this.watched = new LinkedHashMap<>(watched);
    }

    String run(String gatewayUrl, String directUrl) throws InterruptedException {
        out.printf("Warming up (%d s each way, in slices of %d s with %d s pauses)...%n", warmup.toSeconds(),
                WARMUP_SLICE.toSeconds(), WARMUP_PAUSE.toSeconds());
        // --warmup 0: none at all; otherwise whole slices, at least the time asked.
        long slices = (warmup.toSeconds() + WARMUP_SLICE.toSeconds() - 1) / WARMUP_SLICE.toSeconds();
        for (long slice = 1; slice <= slices; slice++) {
            Round warmGateway = round(gatewayUrl, WARMUP_SLICE);
            Round warmDirect = round(directUrl, WARMUP_SLICE);
            out.printf("  warm-up %d/%d: gateway %.0f req/s, direct %.0f req/s%n", slice, slices, warmGateway.rps(),
                    warmDirect.rps());
            Thread.sleep(WARMUP_PAUSE.toMillis());
        }
        List<Round> viaGateway = new ArrayList<>();
        List<Round> direct = new ArrayList<>();
        for (int i = 1; i <= rounds; i++) {
            viaGateway.add(round(gatewayUrl));
            direct.add(round(directUrl));
            out.printf("  round %d/%d: gateway %.0f req/s, direct %.0f req/s%n", i, rounds,
                    viaGateway.get(i - 1).rps(), direct.get(i - 1).rps());
        }
        Result g = summarize(viaGateway);
        Result d = summarize(direct);
        out.printf("%nthrough the gateway: %.0f req/s, p50 %.2f ms, p99 %.2f ms (%d requests, %d errors)%n", g.rps(),
                g.p50Millis(), g.p99Millis(), g.requests(), g.errors());
        out.printf("directly:            %.0f req/s, p50 %.2f ms, p99 %.2f ms (%d requests, %d errors)%n", d.rps(),
                d.p50Millis(), d.p99Millis(), d.requests(), d.errors());
        // Where the CPU goes: on a shared machine the ratio is bounded by what the gateway costs per request
        // against what the service and the load generator cost.
        out.printf("CPU per request (µs), through the gateway: %s%n", cpuLine(g));
        out.printf("CPU per request (µs), directly:            %s%n", cpuLine(d));
        return String.format(java.util.Locale.ROOT,
                "gateway-bench rps_gateway=%.0f rps_direct=%.0f ratio=%.2f p50_added_ms=%.2f p99_added_ms=%.2f",
                g.rps(), d.rps(), g.rps() / d.rps(), g.p50Millis() - d.p50Millis(), g.p99Millis() - d.p99Millis());
    }

    private static String cpuLine(Result result) {
        StringBuilder line = new StringBuilder();
        result.cpuMicrosPerRequest().forEach((name, micros) -> line.append(line.isEmpty() ? "" : ", ")
                .append(name).append(' ').append(Math.round(micros)));
        return line.toString();
    }

    private static Result summarize(List<Round> rounds) {
        long requests = rounds.stream().mapToLong(Round::requests).sum();
        long errors = rounds.stream().mapToLong(Round::errors).sum();
        double seconds = rounds.stream().mapToDouble(Round::seconds).sum();
        long[] all = rounds.stream().flatMapToLong(round -> Arrays.stream(round.latenciesMicros())).sorted().toArray();
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (Round round : rounds) {
            round.cpuNanos().forEach((name, nanos) -> cpu.merge(name, nanos / 1000.0, Double::sum));
        }
        cpu.replaceAll((name, micros) -> requests == 0 ? 0 : micros / requests);
        return new Result(requests / seconds, percentile(all, 0.50) / 1000.0, percentile(all, 0.99) / 1000.0,
                requests, errors, cpu);
    }

    /** The CPU time each watched process has used so far, in nanoseconds (-1 when the system does not say). */
    private Map<String, Long> cpuNow() {
        Map<String, Long> now = new LinkedHashMap<>();
        watched.forEach((name, pid) -> now.put(name, ProcessHandle.of(pid)
                .flatMap(process -> process.info().totalCpuDuration()).map(Duration::toNanos).orElse(-1L)));
        return now;
    }

    private static long percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private Round round(String url) throws InterruptedException {
        return round(url, roundDuration);
    }

    private Round round(String url, Duration duration) throws InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
        if (authorization != null) {
            builder.header("Authorization", authorization.get());
        }
        HttpRequest request = builder.build();
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong errors = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(concurrency);
        Map<String, Long> cpuBefore = cpuNow();
        long started = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            long[] latencies = new long[1 << 20];
            perThread.add(latencies);
            counts.add(0);
            int index = t;
            Thread worker = new Thread(() -> {
                int n = 0;
                try {
                    while (System.nanoTime() < deadline && n < latencies.length) {
                        long start = System.nanoTime();
                        try {
                            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                        latencies[n++] = (System.nanoTime() - start) / 1000;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    synchronized (counts) {
                        counts.set(index, n);
                    }
                    done.countDown();
                }
            }, "bench-" + t);
            worker.start();
        }
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Long> cpuUsed = cpuNow();
        cpuUsed.replaceAll((name, nanos) -> Math.max(0, nanos - cpuBefore.get(name)));
        long total = 0;
        List<long[]> trimmed = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            total += counts.get(t);
            trimmed.add(Arrays.copyOf(perThread.get(t), counts.get(t)));
        }
        long[] latencies = trimmed.stream().flatMapToLong(Arrays::stream).toArray();
        return new Round(total, errors.get(), latencies, seconds, cpuUsed);
    }
}
