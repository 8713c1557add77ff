package fr.heurecivique.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static fr.heurecivique.system.RunningPlatform.expect;
import static fr.heurecivique.system.RunningPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mise en relation as people live it (issue 19), through the gateway of the running platform: a need for three
 * volunteers is done only once the three came, a weekly need counts each of its dates. Missions are recorded once
 * they have started: the platform's time is moved there ({@link RunningPlatform#moveClock}), then back.
 */
class MiseEnRelationSystemIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    /** Marennes: a commune no other system test takes through the partnership. */
    private static final String MARENNES = "17219";

    private static RunningPlatform platform;
    private static RunningPlatform.PartnerCommune marennes;
    /** Four active volunteers of Marennes: three for the need of three, the fourth for the weekly need. */
    private static final List<RunningPlatform.Volunteer> volunteers = new ArrayList<>();

    @BeforeAll
    static void fourActiveVolunteersInAPartnerCommune() {
        platform = RunningPlatform.get();
        marennes = platform.partnerCommune(MARENNES);
        for (String firstName : List.of("Anne", "Basile", "Chloé", "Dominique")) {
            String email = firstName.toLowerCase(java.util.Locale.ROOT).replace('é', 'e') + "."
                    + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
            RunningPlatform.Volunteer volunteer = platform.signUpVolunteer("""
                    {"firstName": "%s", "lastName": "Saintais", "email": "%s", "phone": "06 12 34 56 78",
                     "communeInsee": "%s",
                     "consents": {"dataProcessing": true, "email": true, "sms": false, "shareWithCommune": true}}
                    """.formatted(firstName, email, MARENNES), email);
            onboard(volunteer);
            volunteers.add(volunteer);
        }
    }

    @AfterEach
    void realTime() {
        platform.realTime();
    }

    @Test
    void aNeedForThreeVolunteersGetsThreeAcceptedAndCompletedMatchesBeforeItIsDone() {
        LocalDate date = LocalDate.now(PARIS).plusDays(2);
        String need = postNeed("Aide au déménagement", """
                {"date": "%s", "startTime": "14:00", "endTime": "16:00"}""".formatted(date), 3);
        await().atMost(DEADLINE).until(() -> suggested(need).containsAll(ids().subList(0, 3)));
        List<String> matches = new ArrayList<>();
        for (RunningPlatform.Volunteer volunteer : volunteers.subList(0, 3)) {
            String match = propose(need, volunteer, null);
            expect(platform.as(volunteer.token()).post("/api/matches/" + match + "/accept", "{}"), 200);
            matches.add(match);
        }
        await().atMost(DEADLINE).until(() -> status(need), "IN_PROGRESS"::equals);
        // Not before the mission has started.
        expect(referent().post("/api/matches/" + matches.get(0) + "/complete", "{\"actualMinutes\": 90}"), 409);

        platform.moveClock(Duration.between(platform.now(), date.atTime(14, 5).atZone(PARIS).toInstant()));
        for (int i = 0; i < matches.size(); i++) {
            JsonNode completed = json(expect(referent().post("/api/matches/" + matches.get(i) + "/complete",
                    "{\"actualMinutes\": 90}"), 200));
            assertThat(completed.get("needDone").asBoolean()).isEqualTo(i == matches.size() - 1);
            if (i < matches.size() - 1) {
                // One or two of three came: the need is not done, whatever commune-service has heard so far.
                assertThat(status(need)).isEqualTo("IN_PROGRESS");
            }
        }
        await().atMost(DEADLINE).until(() -> status(need), "DONE"::equals);
    }

    @Test
    void aWeeklyNeedOfFourDatesRecordsFourCompletionsAndFourHours() {
        RunningPlatform.Volunteer dominique = volunteers.get(3); // (the others' pledge may be used by the other test)
        int before = json(platform.as(dominique.token()).get("/api/volunteers/" + dominique.id() + "/hours"))
                .get("minutesTotal").asInt();
        LocalDate first = LocalDate.now(PARIS).plusDays(1);
        LocalDate last = first.plusWeeks(3);
        String need = postNeed("Visite du " + first.getDayOfWeek(), """
                {"daysOfWeek": ["%s"], "startDate": "%s", "endDate": "%s", "startTime": "14:00", "endTime": "16:00"}
                """.formatted(first.getDayOfWeek(), first, last), 1);
        await().atMost(DEADLINE).until(() -> suggested(need).contains(dominique.id()));

        for (int week = 0; week < 4; week++) {
            LocalDate date = first.plusWeeks(week);
            String match = propose(need, dominique, date);
            expect(platform.as(dominique.token()).post("/api/matches/" + match + "/accept", "{}"), 200);
            platform.moveClock(Duration.between(platform.now(), date.atTime(14, 5).atZone(PARIS).toInstant()));
            JsonNode completed = json(expect(referent().post("/api/matches/" + match + "/complete",
                    "{\"actualMinutes\": 60}"), 200));
            assertThat(completed.get("occurrence").asString()).isEqualTo(date.toString());
            assertThat(completed.get("needDone").asBoolean()).isEqualTo(week == 3);
            if (week < 3) {
                String current = status(need);
                assertThat(current).isIn("OPEN", "IN_PROGRESS");
            }
        }

        List<JsonNode> done = RunningPlatform.elements(expect(referent().get("/api/needs/" + need + "/matches"),
                200));
        assertThat(done).hasSize(4).allSatisfy(match -> {
            assertThat(match.get("status").asString()).isEqualTo("COMPLETED");
            assertThat(match.get("actualMinutes").asInt()).isEqualTo(60);
        });
        assertThat(json(platform.as(dominique.token()).get("/api/volunteers/" + dominique.id() + "/hours"))
                .get("minutesTotal").asInt()).isEqualTo(before + 240);
        await().atMost(DEADLINE).until(() -> status(need), "DONE"::equals);

        // Their RGPD export gathers what every service holds: the four missions and their minutes among them.
        JsonNode export = json(expect(platform.as(dominique.token()).get("/api/volunteers/" + dominique.id()
                + "/export"), 200));
        assertThat(export.get("missing")).isEmpty();
        assertThat(export.get("matches").get("minutesGiven").asInt()).isEqualTo(before + 240);
        List<JsonNode> missions = RunningPlatform.elements(export.get("matches").get("matches"));
        assertThat(missions).filteredOn(mission -> need.equals(mission.get("needId").asString())).hasSize(4)
                .allSatisfy(mission -> {
                    assertThat(mission.get("status").asString()).isEqualTo("COMPLETED");
                    assertThat(mission.get("actualMinutes").asInt()).isEqualTo(60);
                });
        assertThat(export.get("account").get("accounts").get(0).get("email").asString())
                .isEqualTo(dominique.email());
        assertThat(export.get("deliveries").get("deliveries").toString()).doesNotContain(dominique.email());
    }

    private static RunningPlatform.Client referent() {
        return platform.as(marennes.referentToken());
    }

    private static String postNeed(String title, String when, int volunteersNeeded) {
        return json(expect(referent().post("/api/communes/" + MARENNES + "/needs", """
                {"referentId": "%s", "beneficiaryId": "%s", "title": "%s", "kind": "SHOPPING",
                 "description": "Aider une voisine âgée.", "when": %s, "durationMinutes": 60,
                 "volunteersNeeded": %d}
                """.formatted(marennes.referentId(), marennes.beneficiaryId(), title, when, volunteersNeeded)), 201))
                .get("id").asString();
    }

    private static String propose(String need, RunningPlatform.Volunteer volunteer, LocalDate occurrence) {
        String date = occurrence == null ? "" : ", \"occurrence\": \"" + occurrence + "\"";
        return json(expect(referent().post("/api/matches", """
                {"needId": "%s", "volunteerId": "%s", "referentId": "%s"%s}""".formatted(need, volunteer.id(),
                marennes.referentId(), date)), 201)).get("matchId").asString();
    }

    private static String status(String need) {
        return json(expect(referent().get("/api/needs/" + need), 200)).get("status").asString();
    }

    private static List<String> ids() {
        return volunteers.stream().map(RunningPlatform.Volunteer::id).toList();
    }

    private static List<String> suggested(String need) {
        HttpResponse<String> response = referent().get("/api/needs/" + need + "/suggestions?limit=50");
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        json(response).get("suggestions").forEach(s -> ids.add(s.get("volunteerId").asString()));
        return ids;
    }

    /** Presentation attended and interview done: an active volunteer with a perimeter, available every afternoon. */
    private static void onboard(RunningPlatform.Volunteer volunteer) {
        RunningPlatform.Client coordinator = platform.as(RunningPlatform.DemoAccount.COORDINATOR);
        String session = json(expect(coordinator.post("/api/sessions", """
                {"title": "Visio de présentation", "startsAt": "%s", "durationMinutes": 60,
                 "videoLink": "https://visio.exemple.fr/presentation", "capacity": 12}
                """.formatted(java.time.Instant.now().plusSeconds(3))), 201)).get("id").asString();
        expect(platform.as(volunteer.token()).post("/api/sessions/" + session + "/bookings",
                "{\"volunteerId\": \"" + volunteer.id() + "\"}"), 200);
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(500)).until(() -> coordinator.post(
                "/api/sessions/" + session + "/attendance", "{\"volunteerId\": \"" + volunteer.id() + "\"}")
                .statusCode() == 200);
        expect(coordinator.post("/api/volunteers/" + volunteer.id() + "/interview-appointment",
                "{\"scheduledAt\": \"" + java.time.Instant.now().plus(Duration.ofDays(1)) + "\"}"), 200);
        expect(coordinator.post("/api/volunteers/" + volunteer.id() + "/interview", """
                {"modes": ["INDIVIDUAL"], "maxDistanceKm": 10, "kindsOfHelp": ["SHOPPING", "VISITS"],
                 "availability": %s, "monthlyPledgeHours": 2}
                """.formatted(RunningPlatform.EVERY_AFTERNOON)), 200);
    }
}
