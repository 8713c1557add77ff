package fr.heurecivique.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /** One measured round: requests done, their latencies in microseconds, its duration. */
    record Round(long requests, long errors, long[] latenciesMicros, double seconds) {

        double rps() {
            return requests / seconds;
        }
    }

    /** The result over all rounds of one target. */
    record Result(double rps, double p50Millis, double p99Millis, long requests, long errors) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final int concurrency;
    private final Duration roundDuration;
    private final Duration warmup;
    private final int rounds;
    private final PrintStream out;
    private final Supplier<String> authorization;

    /**
     * @param warmup        how long each way is exercised before measuring: the JIT compiles the gateway's reactive
     *                      stack and the service's for a good minute on two cores; measured rounds before that
     *                      compare a half-compiled gateway with a compiled service
     * @param authorization the {@code Authorization} header value of each request, or {@code null} for none
     */
    GatewayBenchmark(int concurrency, Duration roundDuration, Duration warmup, int rounds, PrintStream out,
            Supplier<String> authorization) {
        this.concurrency = concurrency;
        this.roundDuration = roundDuration;
        this.warmup = warmup;
        this.rounds = rounds;
        this.out = out;
        this.authorization = authorization;
    }

    String run(String gatewayUrl, String directUrl) throws InterruptedException {
        out.printf("Warming up (%d s each way)...%n", warmup.toSeconds());
        Round warmGateway = round(gatewayUrl, warmup);
        Round warmDirect = round(directUrl, warmup);
        out.printf("  warm-up: gateway %.0f req/s, direct %.0f req/s%n", warmGateway.rps(), warmDirect.rps());
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
        return String.format(java.util.Locale.ROOT,
                "gateway-bench rps_gateway=%.0f rps_direct=%.0f ratio=%.2f p50_added_ms=%.2f p99_added_ms=%.2f",
                g.rps(), d.rps(), g.rps() / d.rps(), g.p50Millis() - d.p50Millis(), g.p99Millis() - d.p99Millis());
    }

    private static Result summarize(List<Round> rounds) {
        long requests = rounds.stream().mapToLong(Round::requests).sum();
        long errors = rounds.stream().mapToLong(Round::errors).sum();
        double seconds = rounds.stream().mapToDouble(Round::seconds).sum();
        long[] all = rounds.stream().flatMapToLong(round -> Arrays.stream(round.latenciesMicros())).sorted().toArray();
        return new Result(requests / seconds, percentile(all, 0.50) / 1000.0, percentile(all, 0.99) / 1000.0,
                requests, errors);
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
        long total = 0;
        List<long[]> trimmed = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            total += counts.get(t);
            trimmed.add(Arrays.copyOf(perThread.get(t), counts.get(t)));
        }
        long[] latencies = trimmed.stream().flatMapToLong(Arrays::stream).toArray();
        return new Round(total, errors.get(), latencies, seconds);
    }
}
