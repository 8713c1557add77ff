package fr.heurecivique.system;

import fr.heurecivique.localstack.DemoData;
import fr.heurecivique.localstack.PlatformService;
import fr.heurecivique.localstack.infra.EmbeddedSmtp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static fr.heurecivique.system.RunningPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform's slice through the gateway of the running platform — a volunteer signs up, a commune becomes a
 * partner, its referent posts needs that get suggestions (and a cancelled one that no longer does) — and a restart
 * that loses nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformSystemIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String EMAIL = "claire.martin." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";

    private static RunningPlatform platform;
    private static String volunteerId;
    private static String volunteerToken;
    private static String needId;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.get();
    }

    @Test
    @Order(1)
    void everyServiceIsHealthyAndExposesItsMetrics() {
        for (PlatformService service : PlatformService.values()) {
            String url = platform.stack().serviceUrl(service);
            assertThat(platform.get(url + "/actuator/health/liveness").statusCode()).isEqualTo(200);
            assertThat(platform.get(url + "/actuator/health/readiness").statusCode()).isEqualTo(200);
            HttpResponse<String> metrics = platform.get(url + "/actuator/prometheus");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("application=\"" + service.module() + "\"");
        }
    }

    @Test
    @Order(2)
    void aVolunteerSignsUpThroughTheGatewayAndIsWelcomedByEmail() {
        RunningPlatform.Volunteer claire = platform.signUpVolunteer("""
                {"firstName": "Claire", "lastName": "Martin", "email": "%s", "phone": "06 12 34 56 78",
                 "communeInsee": "17300", "partnerCode": "MUTUALIA",
                 "consents": {"dataProcessing": true, "email": true, "sms": true, "shareWithCommune": true}}
                """.formatted(EMAIL), EMAIL);
        volunteerId = claire.id();
        volunteerToken = claire.token();
        // Her own token (set-password link, then sign-in) opens her record, and hers only.
        HttpResponse<String> herself = platform.as(volunteerToken).get("/api/volunteers/" + volunteerId);
        assertThat(herself.statusCode()).isEqualTo(200);
        assertThat(json(herself).get("email").asString()).isEqualTo(EMAIL);

        // The welcome, and identity-service's link to choose the password of the account made at sign-up.
        List<JsonNode> log = await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(EMAIL),
                entries -> entries.size() == 2 && entries.stream()
                        .allMatch(entry -> "SENT".equals(entry.get("status").asString())));
        assertThat(log).extracting(entry -> entry.get("template").asString())
                .containsExactlyInAnyOrder("volunteer-welcome", "account-password");
        assertThat(log).allSatisfy(entry -> assertThat(entry.get("channel").asString()).isEqualTo("EMAIL"));
        assertThat(platform.stack().smtp().messages()).filteredOn(mail -> mail.to().equals(EMAIL))
                .extracting(EmbeddedSmtp.CapturedMail::subject)
                .containsExactlyInAnyOrder("Bienvenue dans L’Heure Civique, Claire !",
                        "Choisissez votre mot de passe – L’Heure Civique");
        assertThat(platform.stack().smtp().messages()).filteredOn(mail -> mail.to().equals(EMAIL)
                && mail.subject().startsWith("Choisissez")).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("/account/password?token="));
    }

    @Test
    @Order(3)
    void laRochelleBecomesAPartnerAndItsReferentPostsANeedThatGetsSuggestions() {
        // The need cannot be posted before La Rochelle is a partner commune.
        RunningPlatform.Client coordinator = platform.as(RunningPlatform.DemoAccount.COORDINATOR);
        RunningPlatform.Client referent = platform.as(RunningPlatform.DemoAccount.REFERENT_LA_ROCHELLE);
        assertThat(referent.post("/api/communes/17300/needs", "{}").statusCode()).isEqualTo(400);
        assertThat(referent.post("/api/communes/17300/needs", need("someone", "someone", "Courses")).statusCode())
                .isEqualTo(409);

        assertThat(platform.post("/api/communes/17300/partnership-requests", """
                {"firstName": "Léa", "lastName": "Fontaine", "role": "Chargée de mission",
                 "email": "citoyennete@exemple.fr", "phone": "05 46 51 51 51"}
                """).statusCode()).isEqualTo(201);
        assertThat(coordinator.post("/api/communes/17300/partnership/contact-call",
                "{\"recordedBy\": \"Sophie Bernard\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> partner = coordinator.post("/api/communes/17300/partnership/activation", """
                {"recordedBy": "Sophie Bernard", "charterSignedOn": "%s", "communicationKitSentOn": "%s"}
                """.formatted(LocalDate.now(PARIS).minusDays(1), LocalDate.now(PARIS)));
        assertThat(partner.statusCode()).isEqualTo(200);
        assertThat(json(partner).get("history")).hasSize(3);
        HttpResponse<String> appointed = coordinator.post("/api/communes/17300/referents", """
                {"firstName": "Nadia", "lastName": "Lambert", "email": "nadia.lambert@exemple.fr",
                 "phone": "06 70 11 22 33", "role": "Agente du CCAS"}
                """);
        assertThat(appointed.statusCode()).isEqualTo(201);
        String referentId = json(appointed).get("id").asString();
        HttpResponse<String> beneficiary = referent.post("/api/communes/17300/beneficiaries", """
                {"referentId": "%s", "firstName": "Jeanne", "lastName": "Dupuis", "phone": "05 46 00 00 01",
                 "address": "12 rue des Mouettes", "preferredContact": "PHONE_CALL", "consentToBeContacted": true}
                """.formatted(referentId));
        assertThat(beneficiary.statusCode()).isEqualTo(201);
        String beneficiaryId = json(beneficiary).get("id").asString();

        // Only an active volunteer (presentation attended, interview done: a perimeter) is ever suggested.
        onboard(volunteerId);

        HttpResponse<String> created = referent.post("/api/communes/17300/needs",
                need(referentId, beneficiaryId, "Courses du jeudi"));
        assertThat(created.statusCode()).isEqualTo(201);
        needId = json(created).get("id").asString();
        JsonNode suggestions = await().atMost(Duration.ofSeconds(30)).until(() -> suggestions(needId),
                body -> body != null && body.get("suggestions").toString().contains(volunteerId));
        assertThat(suggestions.get("needTitle").asString()).isEqualTo("Courses du jeudi");
        assertThat(suggestions.toString()).doesNotContain("Mouettes", "+33546000001", "Dupuis");

        // A cancelled need disappears from the suggestions.
        String cancelled = json(referent.post("/api/communes/17300/needs",
                need(referentId, beneficiaryId, "Visite de courtoisie"))).get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> suggestions(cancelled),
                body -> body != null && body.get("suggestions").toString().contains(volunteerId));
        assertThat(referent.post("/api/needs/" + cancelled + "/cancel", "{\"reason\": \"NO_LONGER_NEEDED\"}")
                .statusCode()).isEqualTo(200);
        JsonNode none = await().atMost(Duration.ofSeconds(30)).until(() -> suggestions(cancelled),
                body -> body != null && "CANCELLED".equals(body.get("needStatus").asString()));
        assertThat(none.get("suggestions")).isEmpty();
        assertThat(none.get("notSuggestedBecause").asString()).contains("annulé");

        // The mise en relation through the gateway: proposed, accepted, completed in 60 minutes; the hours count it
        // and commune-service closes the need.
        String visit = json(referent.post("/api/communes/17300/needs",
                need(referentId, beneficiaryId, "Visite du mardi"))).get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> suggestions(visit),
                body -> body != null && body.get("suggestions").toString().contains(volunteerId));
        HttpResponse<String> proposed = referent.post("/api/matches", """
                {"needId": "%s", "volunteerId": "%s", "referentId": "%s"}""".formatted(visit, volunteerId, referentId));
        assertThat(proposed.statusCode()).isEqualTo(201);
        String match = json(proposed).get("matchId").asString();
        // The volunteer answers with her own token; another commune's referent may not record the outcome.
        assertThat(platform.as(volunteerToken).post("/api/matches/" + match + "/accept", "{}").statusCode())
                .isEqualTo(200);
        assertThat(platform.as(RunningPlatform.DemoAccount.REFERENT_ROCHEFORT).post("/api/matches/" + match
                + "/complete", "{\"actualMinutes\": 60}").statusCode()).isEqualTo(403);
        // A mission is recorded once it has started (issue 19): the platform's time moves to the visit's start.
        assertThat(referent.post("/api/matches/" + match + "/complete", "{\"actualMinutes\": 60}").statusCode())
                .isEqualTo(409);
        try {
            platform.moveClock(Duration.between(platform.now(), LocalDate.now(PARIS).plusDays(2).atTime(14, 5)
                    .atZone(PARIS).toInstant()));
            assertThat(referent.post("/api/matches/" + match + "/complete", "{\"actualMinutes\": 60}")
                    .statusCode()).isEqualTo(200);
            assertThat(json(platform.as(volunteerToken).get("/api/volunteers/" + volunteerId + "/hours"))
                    .get("minutesThisMonth").asInt()).isEqualTo(60);
        } finally {
            platform.realTime();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> json(referent.get("/api/needs/" + visit)).get("status")
                .asString(), "DONE"::equals);
    }

    @Test
    @Order(4)
    void badInputIsRefusedThroughTheGatewayWithFrenchProblemDetails() {
        HttpResponse<String> volunteer = platform.post("/api/volunteers",
                "{\"firstName\": \"Claire\", \"email\": \"claire@\", \"communeInsee\": \"75056\"}");
        assertThat(volunteer.statusCode()).isEqualTo(400);
        assertThat(volunteer.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(volunteer).get("errors").toString())
                .contains("lastName", "email", "phone", "communeInsee", "consents");

        HttpResponse<String> need = platform.as(RunningPlatform.DemoAccount.REFERENT_LA_ROCHELLE).post(
                "/api/communes/17300/needs", "{\"kind\": \"COOKING\", \"durationMinutes\": 600}");
        assertThat(need.statusCode()).isEqualTo(400);
        assertThat(json(need).get("errors").toString())
                .contains("referentId", "title", "kind", "description", "when", "durationMinutes");

        HttpResponse<String> unknown = platform.get("/api/unknown");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("title").asString()).isEqualTo("Ressource introuvable");

        // The internal API is not reachable through the gateway.
        assertThat(platform.get("/internal/beneficiaries/someone/contact").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void findsCommunesAsPeopleTypeThem() {
        assertThat(communeCodes("rochelle")).startsWith("17300");
        assertThat(communeCodes("ROCHEFORT")).startsWith("17299");
        assertThat(communeCodes("ile%20d'aix")).containsExactly("17004");
        assertThat(communeCodes("17300")).containsExactly("17299", "17463", "17300");
        assertThat(json(platform.get("/api/communes?size=1")).get("totalItems").asInt()).isEqualTo(462);
        // La Rochelle became a partner above; Rochefort (postal code 17300 too) is one once the demo data, shared by
        // the system tests of this JVM, is loaded; Vergeroux never is.
        assertThat(communeCodes("17300&partner=true")).contains("17300").doesNotContain("17463");
    }

    @Test
    @Order(5)
    void aRestartKeepsTheVolunteerAndTheNeedAndSendsNoSecondWelcome() {
        List<Long> pids = Arrays.stream(PlatformService.values()).map(platform.stack()::pid).toList();

        platform.restart();

        assertThat(pids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive))
                .as("service process %d stopped", pid).isNotEqualTo(Optional.of(true)));
        // Tokens issued before the restart are still accepted: the signing key is kept in the data folder.
        assertThat(platform.as(volunteerToken).get("/api/volunteers/" + volunteerId).statusCode()).isEqualTo(200);
        assertThat(platform.as(RunningPlatform.DemoAccount.REFERENT_LA_ROCHELLE).get("/api/needs/" + needId)
                .statusCode()).isEqualTo(200);
        // matching-service rebuilds its volunteer index from volunteer.events at each start: a few seconds.
        await().atMost(Duration.ofSeconds(30)).until(() -> suggestions(needId),
                body -> body != null && body.get("suggestions").toString().contains(volunteerId));
        // One welcome, one set-password link (the onboarding's messages — session booked, active — are others,
        // each sent once too).
        assertThat(deliveries(EMAIL)).extracting(delivery -> delivery.get("template").asString())
                .containsOnlyOnce("volunteer-welcome", "account-password", "session-booked", "volunteer-active");
        // The reference data was loaded again, not duplicated; the partnership and its history are kept.
        assertThat(json(platform.get("/api/communes?size=1")).get("totalItems").asInt()).isEqualTo(462);
        assertThat(json(platform.as(RunningPlatform.DemoAccount.COORDINATOR).get("/api/communes/17300/partnership"))
                .get("history")).hasSize(3);
    }

    @Test
    @Order(6)
    void theDemoDataSetLoadsThroughTheGatewayOnceAndShowsTheWholeJourney() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

        // the first load (this test's or another's in this JVM), then a second one that sends nothing
        assertThat(platform.demoData()).contains("requests sent through the gateway");
        DemoData.load(platform.stack().gatewayUrl(), platform.stack().serviceUrl(PlatformService.IDENTITY), out);
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("Demo data: already loaded");
        assertThat(communeCodes("rochefort&partner=true")).containsExactly("17299");

        // Its volunteers are onboarded: the referents of Rochefort and Royan see suggestions for their needs at once.
        // (matching-service learns of them by events: within seconds of the load)
        await().atMost(Duration.ofSeconds(30)).until(() -> demoNeedSuggestions(
                RunningPlatform.DemoAccount.REFERENT_ROCHEFORT, "17299", "Visite de courtoisie"), list -> !list.isEmpty());
        await().atMost(Duration.ofSeconds(30)).until(() -> demoNeedSuggestions(RunningPlatform.DemoAccount.REFERENT_ROYAN,
                "17306", "Aide pour la déclaration en ligne"), list -> !list.isEmpty());

        // Monique, signed in with her demo account, has accepted a mission (to be recorded once it has taken place).
        String moniqueToken = platform.token(RunningPlatform.DemoAccount.MONIQUE);
        RunningPlatform.Client monique = platform.as(moniqueToken);
        String moniqueId = RunningPlatform.claim(moniqueToken, "volunteer_id");
        assertThat(moniqueId).as("Monique's demo account is linked to her record").isNotBlank();
        assertThat(json(monique.get("/api/volunteers/" + moniqueId)).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(monique.get("/api/matches/mine").body()).contains("\"status\":\"ACCEPTED\"");
    }

    /** The suggestions for the demo need {@code title} of {@code commune}, as its referent sees them. */
    private static List<JsonNode> demoNeedSuggestions(RunningPlatform.DemoAccount referent, String commune,
            String title) {
        RunningPlatform.Client client = platform.as(referent);
        String id = null;
        for (JsonNode need : json(client.get("/api/needs?commune=" + commune)).get("items")) {
            if (need.get("title").asString().equals(title)) {
                id = need.get("id").asString();
            }
        }
        assertThat(id).as("the demo need " + title).isNotNull();
        List<JsonNode> suggestions = new java.util.ArrayList<>();
        json(client.get("/api/needs/" + id + "/suggestions")).get("suggestions").forEach(suggestions::add);
        return suggestions;
    }

    /** Books a presentation starting now, marks the volunteer present, and records their interview. */
    private static void onboard(String id) {
        RunningPlatform.Client coordinator = platform.as(RunningPlatform.DemoAccount.COORDINATOR);
        HttpResponse<String> session = coordinator.post("/api/sessions", """
                {"title": "Visio de présentation", "startsAt": "%s", "durationMinutes": 60,
                 "videoLink": "https://visio.exemple.fr/presentation", "capacity": 12}
                """.formatted(java.time.Instant.now().plusSeconds(3)));
        assertThat(session.statusCode()).isEqualTo(201);
        String sessionId = json(session).get("id").asString();
        assertThat(platform.as(volunteerToken).post("/api/sessions/" + sessionId + "/bookings",
                "{\"volunteerId\": \"" + id + "\"}").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> coordinator.post(
                "/api/sessions/" + sessionId + "/attendance", "{\"volunteerId\": \"" + id + "\"}").statusCode() == 200);
        assertThat(coordinator.post("/api/volunteers/" + id + "/interview-appointment",
                "{\"scheduledAt\": \"" + java.time.Instant.now().plus(Duration.ofDays(1)) + "\"}").statusCode())
                .isEqualTo(200);
        assertThat(coordinator.post("/api/volunteers/" + id + "/interview", """
                {"modes": ["INDIVIDUAL"], "maxDistanceKm": 10, "kindsOfHelp": ["SHOPPING", "VISITS"],
                 "availability": %s, "monthlyPledgeHours": 2}
                """.formatted(RunningPlatform.EVERY_AFTERNOON)).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(7)
    void theGatewayAndTheServicesKeepEachToTheirOwn() {
        // No token: 401, a French problem saying how to authenticate.
        HttpResponse<String> anonymous = platform.get("/api/volunteers?commune=17300");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value ->
                assertThat(value).startsWith("Bearer"));
        assertThat(json(anonymous).get("title").asString()).isEqualTo("Authentification requise");
        assertThat(platform.as("forged.token.value").get("/api/communes/17300").statusCode()).isEqualTo(401);

        // Rochefort's referent reading La Rochelle's roster or needs: 403.
        RunningPlatform.Client rochefort = platform.as(RunningPlatform.DemoAccount.REFERENT_ROCHEFORT);
        assertThat(rochefort.get("/api/volunteers?commune=17300").statusCode()).isEqualTo(403);
        assertThat(rochefort.get("/api/volunteers?commune=17300", "text/csv").statusCode()).isEqualTo(403);
        assertThat(rochefort.get("/api/needs?commune=17300").statusCode()).isEqualTo(403);
        assertThat(rochefort.get("/api/needs/" + needId).statusCode()).isEqualTo(403);
        assertThat(rochefort.get("/api/needs/" + needId + "/suggestions").statusCode()).isEqualTo(403);
        RunningPlatform.Client laRochelle = platform.as(RunningPlatform.DemoAccount.REFERENT_LA_ROCHELLE);
        assertThat(laRochelle.get("/api/volunteers?commune=17300").statusCode()).isEqualTo(200);
        HttpResponse<String> csv = laRochelle.get("/api/volunteers?commune=17300", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv"));

        // A volunteer reading another volunteer: 403.
        HttpResponse<String> other = platform.post("/api/volunteers", """
                {"firstName": "Karim", "lastName": "Benali", "email": "karim.benali.system@exemple.fr",
                 "phone": "07 61 22 33 44", "communeInsee": "17300",
                 "consents": {"dataProcessing": true, "email": true, "sms": false, "shareWithCommune": true}}
                """);
        assertThat(other.statusCode()).isEqualTo(201);
        String otherId = json(other).get("id").asString();
        assertThat(platform.as(volunteerToken).get("/api/volunteers/" + otherId).statusCode()).isEqualTo(403);
        assertThat(platform.as(volunteerToken).get("/api/volunteers/" + otherId + "/export").statusCode())
                .isEqualTo(403);

        // A 2 MB body: 413 at the front door.
        HttpResponse<String> tooLarge = platform.post("/api/volunteers",
                "{\"note\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    /**
     * Tokens, passwords and personal data never reach the logs: after everything above (and whatever other system
     * test ran before in this JVM), no log of the platform holds a token or password the tests used, nor the
     * emails, phone numbers, names and addresses they sent.
     */
    @Test
    @Order(99)
    void noTokenPasswordOrPersonalDataInTheLogs() throws java.io.IOException {
        java.util.Set<String> forbidden = new java.util.LinkedHashSet<>(platform.secretsUsed());
        forbidden.addAll(List.of(RunningPlatform.DemoAccount.PASSWORD, EMAIL, "karim.benali.system@exemple.fr",
                "nadia.lambert@exemple.fr", "citoyennete@exemple.fr", "06 12 34 56 78", "+33612345678",
                "05 46 00 00 01", "+33546000001", "06 70 11 22 33", "+33670112233", "07 61 22 33 44",
                "+33761223344", "Dupuis", "Mouettes", "Lambert", "Benali", "Fontaine"));
        assertThat(forbidden).hasSizeGreaterThan(20);
        List<java.nio.file.Path> logs;
        try (var files = java.nio.file.Files.list(platform.logs())) {
            logs = files.filter(path -> path.toString().endsWith(".log")).toList();
        }
        assertThat(logs).hasSizeGreaterThanOrEqualTo(PlatformService.values().length);
        List<String> found = new java.util.ArrayList<>();
        for (java.nio.file.Path log : logs) {
            String text = java.nio.file.Files.readString(log, StandardCharsets.UTF_8);
            assertThat(text).as(log.toString()).isNotBlank();
            for (String secret : forbidden) {
                int at = text.indexOf(secret);
                if (at >= 0) {
                    int lineStart = text.lastIndexOf('\n', at) + 1;
                    found.add(log.getFileName() + ": " + (secret.length() > 40 ? "a token or password" : secret)
                            + " in a line starting " + text.substring(lineStart, Math.min(text.length(),
                            Math.min(at, lineStart + 160))));
                }
            }
        }
        assertThat(found).as("personal data or secrets in the logs").isEmpty();
    }

    private static String need(String referentId, String beneficiaryId, String title) {
        return """
                {"referentId": "%s", "beneficiaryId": "%s", "title": "%s", "kind": "SHOPPING",
                 "description": "Faire les courses au marché pour une voisine âgée.",
                 "when": {"date": "%s", "startTime": "14:00", "endTime": "16:00"}, "durationMinutes": 60}
                """.formatted(referentId, beneficiaryId, title, LocalDate.now(PARIS).plusDays(2));
    }

    private static List<String> communeCodes(String query) {
        HttpResponse<String> response = platform.get("/api/communes?q=" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> codes = new java.util.ArrayList<>();
        json(response).get("items").forEach(item -> codes.add(item.get("inseeCode").asString()));
        return codes;
    }

    private static List<JsonNode> deliveries(String email) {
        HttpResponse<String> response = platform.as(RunningPlatform.DemoAccount.COORDINATOR)
                .get("/api/notifications?recipient=" + email);
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> items = new java.util.ArrayList<>();
        json(response).get("items").forEach(items::add);
        return items;
    }

    private static JsonNode suggestions(String need) {
        HttpResponse<String> response = platform.as(RunningPlatform.DemoAccount.REFERENT_LA_ROCHELLE)
                .get("/api/needs/" + need + "/suggestions");
        return response.statusCode() == 200 ? json(response) : null;
    }
}
