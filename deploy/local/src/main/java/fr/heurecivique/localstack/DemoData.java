package fr.heurecivique.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Loads a small demo data set through the public API (the gateway), as a client would: each line of
 * {@code demo/requests.txt} is {@code METHOD PATH JSON}. The first request is a sign-up: if it answers 409, the
 * set was loaded before and nothing is sent again, so {@code --demo} on every start is harmless.
 */
final class DemoData {

    private static final String RESOURCE = "/demo/requests.txt";

    private DemoData() {
    }

    static void load(String gatewayUrl, PrintStream console) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        int created = 0;
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new LaunchException("The demo data set is missing from the launcher (" + RESOURCE + ").");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" ", 3);
                HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + parts[1]))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .method(parts[0], HttpRequest.BodyPublishers.ofString(parts[2]))
                        .build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    created++;
                } else if (response.statusCode() == 409 && created == 0) {
                    console.println("Demo data: already loaded");
                    return;
                } else {
                    throw new LaunchException("Loading the demo data failed: " + parts[0] + " " + parts[1]
                            + " answered " + response.statusCode() + " " + response.body());
                }
            }
        } catch (IOException e) {
            throw new LaunchException("Loading the demo data failed (" + LocalStack.rootMessage(e) + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while loading the demo data.", e);
        }
        console.println("Demo data: " + created + " records created through the gateway");
    }
}
