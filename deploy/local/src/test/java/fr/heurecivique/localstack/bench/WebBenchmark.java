package fr.heurecivique.localstack.bench;

import fr.heurecivique.localstack.WebPages;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./heure-civique bench web}: fetches each page of the web client ({@link WebPages}) through the gateway, one
 * request at a time, after a warm-up: the public pages anonymously, the volunteer's space signed in. A page's time
 * is the time to its full response (server side: the page is rendered from the API's answers, nothing is cached);
 * its weight is its HTML plus the stylesheets and scripts it links (uncompressed, images left out). Prints a line
 * per page, then {@code web-bench pages=N p50_ms=.. p95_ms=.. max_kb=..} over every page.
 */
final class WebBenchmark {

    private static final Pattern LINK = Pattern.compile("<link\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*\\bsrc=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    /** One page measured: its latencies (µs, sorted), its HTML's size and with its stylesheets and scripts. */
    record Measured(WebPages.Page page, boolean signedIn, long[] micros, long htmlBytes, long totalBytes, int errors) {

        double percentileMillis(double quantile) {
            return percentile(micros, quantile) / 1000.0;
        }
    }

    private final int fetches;
    private final int warmup;
    private final PrintStream out;

    WebBenchmark(int fetches, int warmup, PrintStream out) {
        this.fetches = fetches;
        this.warmup = warmup;
        this.out = out;
    }

    /** Measures every page; returns the summary line. */
    String run(String gatewayUrl, HttpClient anonymous, HttpClient signedIn) throws IOException, InterruptedException {
        List<Measured> results = new ArrayList<>();
        for (WebPages.Page page : WebPages.PUBLIC) {
            results.add(measure(anonymous, gatewayUrl, page, false));
        }
        for (WebPages.Page page : WebPages.VOLUNTEER) {
            results.add(measure(signedIn, gatewayUrl, page, true));
        }
        out.printf("%n%-34s %8s %8s %8s %9s %12s%n", "page", "p50 ms", "p95 ms", "max ms", "html KB", "+css/js KB");
        for (Measured measured : results) {
            out.printf(Locale.ROOT, "%-34s %8.1f %8.1f %8.1f %9.1f %12.1f  %s%s%s%n", measured.page().path(),
                    measured.percentileMillis(0.50), measured.percentileMillis(0.95), measured.percentileMillis(1.0),
                    measured.htmlBytes() / 1024.0, measured.totalBytes() / 1024.0, measured.page().name(),
                    measured.signedIn() ? " (signed in)" : "",
                    measured.errors() > 0 ? " — " + measured.errors() + " errors" : "");
        }
        long[] all = results.stream().flatMapToLong(measured -> Arrays.stream(measured.micros())).sorted().toArray();
        double maxKb = results.stream().mapToLong(Measured::totalBytes).max().orElse(0) / 1024.0;
        int errors = results.stream().mapToInt(Measured::errors).sum();
        return String.format(Locale.ROOT, "web-bench pages=%d p50_ms=%.1f p95_ms=%.1f max_kb=%.1f%s", results.size(),
                percentile(all, 0.50) / 1000.0, percentile(all, 0.95) / 1000.0, maxKb,
                errors > 0 ? " errors=" + errors : "");
    }

    private Measured measure(HttpClient http, String gatewayUrl, WebPages.Page page, boolean signedIn)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + page.path())).timeout(TIMEOUT)
                .header("Accept", "text/html").GET().build();
        for (int i = 0; i < warmup; i++) {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        }
        long[] micros = new long[fetches];
        int errors = 0;
        byte[] body = new byte[0];
        for (int i = 0; i < fetches; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            micros[i] = (System.nanoTime() - start) / 1000;
            if (response.statusCode() != 200 || !response.uri().getPath().equals(URI.create(page.path()).getPath())) {
                errors++;
            }
            body = response.body();
        }
        Arrays.sort(micros);
        long total = body.length;
        for (String asset : assets(new String(body, java.nio.charset.StandardCharsets.UTF_8))) {
            HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(gatewayUrl).resolve(asset))
                    .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            total += file.body().length;
        }
        return new Measured(page, signedIn, micros, body.length, total, errors);
    }

    /** The stylesheets and scripts a page links from its own site (the only ones it may link). */
    static Set<String> assets(String html) {
        Set<String> assets = new LinkedHashSet<>();
        Matcher links = LINK.matcher(html);
        while (links.find()) {
            String tag = links.group();
            Matcher href = HREF.matcher(tag);
            if (tag.toLowerCase(Locale.ROOT).matches("(?s).*\\brel=\"stylesheet\".*") && href.find()) {
                assets.add(href.group(1).replace("&amp;", "&"));
            }
        }
        Matcher scripts = SCRIPT.matcher(html);
        while (scripts.find()) {
            assets.add(scripts.group(1).replace("&amp;", "&"));
        }
        return assets;
    }

    static long percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1))];
    }

    static Map<String, String> quietEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>(System.getenv());
        environment.put("HEURE_CIVIQUE_GATEWAY_RATE_LIMIT_PUBLIC_LIMIT_CAPACITY", "1000000000");
        environment.put("HEURE_CIVIQUE_GATEWAY_RATE_LIMIT_USER_LIMIT_CAPACITY", "1000000000");
        environment.put("LOGGING_LEVEL_ROOT", "WARN");
        return environment;
    }
}
