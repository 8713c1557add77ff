package fr.heurecivique.localstack.bench;

import fr.heurecivique.localstack.LaunchException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./heure-civique bench import}: the import of a Département's volunteers through the web client, as a
 * coordinator does it in a browser — a CSV of {@code lines} volunteers (synthetic, each a different address, spread over
 * a few communes) uploaded to {@code /gestion/import} through the gateway, checked (dry run), imported, then imported a
 * second time (which must create nothing). Each step is timed from the upload to the report page, which says what was
 * done; prints {@code import-bench lines=N dry_run_s=.. import_s=.. created=.. already_present=.. invalid=..
 * second_import_s=.. second_created=.. second_already_present=..}.
 */
final class ImportBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final List<String> COMMUNES = List.of("17300", "17299", "17306", "17415", "17434", "17219",
            "17010", "17016", "17028", "17142");

    /** What one run of the file reported. */
    record Run(double seconds, int lines, int created, int alreadyPresent, int invalid) {
    }

    private final HttpClient browser;
    private final String gatewayUrl;
    private final PrintStream out;

    ImportBenchmark(HttpClient signedInCoordinator, String gatewayUrl, PrintStream out) {
        this.browser = signedInCoordinator;
        this.gatewayUrl = gatewayUrl;
        this.out = out;
    }

    String run(int lines) throws IOException, InterruptedException {
        byte[] file = volunteers(lines);
        out.printf(Locale.ROOT, "%nA file of %d volunteers (%d KB), uploaded to /gestion/import through the gateway%n",
                lines, file.length / 1024);
        Run dry = upload(file, "essai");
        print("dry run", dry);
        Run first = upload(file, "import");
        print("import", first);
        Run second = upload(file, "import");
        print("same file again", second);
        return String.format(Locale.ROOT, "import-bench lines=%d dry_run_s=%.1f import_s=%.1f created=%d "
                        + "already_present=%d invalid=%d second_import_s=%.1f second_created=%d "
                        + "second_already_present=%d", first.lines(), dry.seconds(), first.seconds(), first.created(),
                first.alreadyPresent(), first.invalid(), second.seconds(), second.created(), second.alreadyPresent());
    }

    private void print(String what, Run run) {
        out.printf(Locale.ROOT, "  %-16s %6.1f s  lines=%d created=%d already_present=%d invalid=%d%n", what,
                run.seconds(), run.lines(), run.created(), run.alreadyPresent(), run.invalid());
    }

    /** A file as an office would export it: French headers, semicolons, UTF-8. */
    static byte[] volunteers(int lines) {
        String run = UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder("Prénom;Nom;E-mail;Téléphone;Code INSEE;Contact par e-mail\n");
        for (int i = 0; i < lines; i++) {
            csv.append("Camille;Bench;camille.").append(i).append('.').append(run).append("@exemple.fr;06")
                    .append(String.format(Locale.ROOT, "%08d", 10_000_000 + i).substring(0, 8)).append(';')
                    .append(COMMUNES.get(i % COMMUNES.size())).append(";oui\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Run upload(byte[] file, String mode) throws IOException, InterruptedException {
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/gestion/import"))
                .timeout(TIMEOUT).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !csrf.find()) {
            throw new LaunchException("The import page answered " + form.statusCode() + " (" + form.uri()
                    + "): is the coordinator signed in?");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf.group(1));
        fields.put("kind", "VOLUNTEERS");
        fields.put("consent", "true");
        fields.put("mode", mode);
        String boundary = "----heure-civique-bench-" + UUID.randomUUID();
        long start = System.nanoTime();
        HttpResponse<String> report;
        try {
            report = browser.send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/gestion/import"))
                    .timeout(TIMEOUT).header("Accept", "text/html")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields, file))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LaunchException("The upload (" + mode + ") failed after " + Math.round((System.nanoTime()
                    - start) / 1e9) + " s: " + e, e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (report.statusCode() != 200 || !report.uri().getPath().equals("/gestion/import/rapport")) {
            throw new LaunchException("The import answered " + report.statusCode() + " at " + report.uri() + ".");
        }
        return new Run(seconds, count(report.body(), "count-lines"), count(report.body(), "count-created"),
                count(report.body(), "count-present"), count(report.body(), "count-invalid"));
    }

    private static int count(String html, String id) {
        Matcher matcher = Pattern.compile("id=\"" + id + "\">([0-9]+)<").matcher(html);
        if (!matcher.find()) {
            throw new LaunchException("The import's report has no " + id + ".");
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static byte[] multipart(String boundary, Map<String, String> fields, byte[] file) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"benevoles.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
