package fr.heurecivique.volunteer.roster;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.EventSchemas;
import fr.heurecivique.testsupport.MutableClock;
import fr.heurecivique.volunteer.VolunteerScenarios;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The roster a town hall receives (JSON, CSV), the periodic digest, and the figures. */
public abstract class RosterScenarios extends VolunteerScenarios {

    @Test
    void coordinatorsSearchVolunteersByStatusCommuneStepAndPartnerAndEachSearchIsAudited() {
        String commune = spareCommune();
        String active = signUp("Armelle", "Active", commune, false);
        String waiting = signUp("Bruno", "Attente", commune, false);
        activate(active);

        JsonNode all = get("/api/volunteers/search?commune=" + commune);
        assertThat(all.get("totalElements").asLong()).isEqualTo(2);
        assertThat(elements(all.get("volunteers").toString())).extracting(v -> v.get("volunteerId").asString())
                .containsExactly(active, waiting);
        JsonNode first = elements(all.get("volunteers").toString()).get(0);
        assertThat(first.get("communeName").asString()).isNotBlank();
        assertThat(first.get("partnerCode").asString()).isEqualTo("MUTUALIA");
        assertThat(first.has("email")).as("no contact details in a search").isFalse();

        assertThat(elements(get("/api/volunteers/search?commune=" + commune + "&status=ACTIVE").get("volunteers")
                .toString())).extracting(v -> v.get("volunteerId").asString()).containsExactly(active);
        assertThat(elements(get("/api/volunteers/search?commune=" + commune + "&step=SIGNED_UP").get("volunteers")
                .toString())).extracting(v -> v.get("volunteerId").asString()).containsExactly(waiting);
        assertThat(get("/api/volunteers/search?commune=" + commune + "&partner=mutualia").get("totalElements")
                .asLong()).isEqualTo(2);
        assertThat(get("/api/volunteers/search?commune=" + commune + "&partner=GENERATION_MOUVEMENT")
                .get("totalElements").asLong()).isZero();
        // Without a commune: the whole département (at least these two).
        assertThat(get("/api/volunteers/search?step=SIGNED_UP").get("totalElements").asLong()).isPositive();

        client.get().uri("/api/volunteers/search?status=ERASED&step=NOPE").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status")
                .jsonPath("$.errors[1].field").isEqualTo("step");
        client.get().uri("/api/volunteers/search?commune=75056").exchange().expectStatus().isBadRequest();

        try (EventProbe audit = probe(Topics.AUDIT_EVENTS.name())) {
            get("/api/volunteers/search?commune=" + commune);
            CapturedRecord searched = audit.await(record -> record.value() != null
                    && json(record.value()).get("action").asString().equals("VOLUNTEERS_SEARCHED")
                    && json(record.value()).get("resourceId").asString().equals(commune));
            EventSchemas.assertValid(searched.type(), searched.value());
            assertThat(searched.value()).doesNotContain("Armelle", "Bruno");
        }
    }

    @Test
    void theSessionsListFromADateIncludesTheRecentOnes() {
        String session = publishSession(Duration.ofHours(1), 5);
        ((MutableClock) clock).advance(Duration.ofHours(2));
        assertThat(client.get().uri("/api/sessions").exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody()).doesNotContain(session);
        assertThat(client.get().uri("/api/sessions?from={from}", now().minus(Duration.ofDays(1))).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()).contains(session);
    }

    @Test
    void theRosterListsOnlyTheCommunesVolunteersWithContactsOnlyWhenShared() {
        String commune = spareCommune();
        String sharing = signUp("Claire", "Martin", commune, true);
        String discreet = signUp("Bernard", "Aubry", commune, false);
        signUp("Zoé", "Ailleurs", spareCommune(), true);
        activate(sharing);

        // Any Accept (curl's */*, none) gets JSON; only a named text/csv gets the file.
        client.get().uri("/api/volunteers?commune={commune}", commune).header("Accept", "*/*").exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        JsonNode page = get("/api/volunteers?commune=" + commune);
        assertThat(page.get("communeName").asString()).isNotBlank();
        assertThat(page.get("totalElements").asLong()).isEqualTo(2);
        List<JsonNode> volunteers = elements(page.get("volunteers").toString());
        assertThat(volunteers).extracting(v -> v.get("volunteerId").asString()).containsExactly(discreet, sharing);
        JsonNode hidden = volunteers.get(0);
        assertThat(hidden.get("contactShared").asBoolean()).isFalse();
        assertThat(hidden.has("email")).isFalse();
        assertThat(hidden.has("phone")).isFalse();
        assertThat(volunteers.get(1).get("email").asString()).startsWith("claire+");
        assertThat(volunteers.get(1).get("kindsOfHelp").toString()).contains("SHOPPING");

        // Filters and paging.
        assertThat(get("/api/volunteers?commune=" + commune + "&status=ACTIVE").get("totalElements").asLong())
                .isEqualTo(1);
        assertThat(get("/api/volunteers?commune=" + commune + "&kind=SHOPPING&mode=INDIVIDUAL")
                .get("volunteers").get(0).get("volunteerId").asString()).isEqualTo(sharing);
        assertThat(get("/api/volunteers?commune=" + commune + "&kind=GARDENING").get("totalElements").asLong()).isZero();
        JsonNode second = get("/api/volunteers?commune=" + commune + "&size=1&page=1");
        assertThat(second.get("totalPages").asInt()).isEqualTo(2);
        assertThat(second.get("volunteers").get(0).get("volunteerId").asString()).isEqualTo(sharing);

        JsonNode bad = json(client.get().uri("/api/volunteers?commune=75056&status=HAPPY&kind=COOKING").exchange()
                .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody());
        assertThat(bad.get("errors").toString()).contains("commune");
        client.get().uri("/api/volunteers").exchange().expectStatus().isBadRequest();
    }

    @Test
    void theCsvRosterOpensWithTheColumnsAndHidesTheContactsOfThoseWhoDidNotAgree() throws IOException {
        String commune = spareCommune();
        String sharing = signUp("Claire", "Martin", commune, true);
        String discreet = signUp("Bernard", "Aubry", commune, false);
        signUp("Zoé", "Ailleurs", spareCommune(), true);
        activate(sharing);
        post("/api/volunteers", signUpBody("=HYPERLINK(\\\"x\\\")", "Malin", uniqueEmail("malin"), commune, true), 201);

        var result = client.get().uri("/api/volunteers?commune={commune}", commune)
                .accept(MediaType.parseMediaType("text/csv")).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectHeader().valueMatches("Content-Disposition", "attachment; filename=\"benevoles-" + commune + "\\.csv\"")
                .expectBody(byte[].class).returnResult();
        byte[] bytes = result.getResponseBody();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("Prénom;Nom;Statut;Étape d’inscription;"
                + "Inscrit le;Modes;Types d’aide;Distance max (km);Disponibilités;Heures par mois;"
                + "Coordonnées partagées;E-mail;Téléphone;Adresse;Identifiant");
        List<CSVRecord> rows = CSVParser.parse(new StringReader(text), CSVFormat.Builder.create(CSVFormat.EXCEL)
                .setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()).getRecords();
        assertThat(rows).hasSize(3).extracting(row -> row.get("Identifiant")).contains(sharing, discreet);
        CSVRecord hidden = rows.stream().filter(row -> row.get("Identifiant").equals(discreet)).findFirst().orElseThrow();
        assertThat(hidden.get("Nom")).isEqualTo("Aubry");
        assertThat(hidden.get("Coordonnées partagées")).isEqualTo("non");
        assertThat(hidden.get("E-mail")).isEmpty();
        assertThat(hidden.get("Téléphone")).isEmpty();
        CSVRecord shown = rows.stream().filter(row -> row.get("Identifiant").equals(sharing)).findFirst().orElseThrow();
        assertThat(shown.get("Statut")).isEqualTo("Actif");
        assertThat(shown.get("Téléphone")).isEqualTo("06 12 34 56 78");
        assertThat(shown.get("Types d’aide")).isEqualTo("Compagnie et visites, Courses");
        assertThat(shown.get("Disponibilités")).isEqualTo("lundi matin, mercredi après-midi");
        // A name typed as a formula is made inert.
        assertThat(rows).extracting(row -> row.get("Prénom")).contains("'=HYPERLINK(\"x\")");
    }

    @Test
    void theDigestTellsEachCommuneWhoJoinedChangedAndLeftNamingOnlyThoseWhoAgreed() {
        String commune = spareCommune();
        String claire = signUp("Claire", "Martin", commune, true);
        String bernard = signUp("Bernard", "Aubry", commune, false);
        String karim = signUp("Karim", "Benali", commune, true);

        JsonNode first = awaitDigest(commune);
        assertThat(first.has("since")).isFalse();
        assertThat(names(first.get("joined"))).containsExactly("Benali", "Martin");
        assertThat(first.get("joined").get(1).get("email").asString()).startsWith("claire+");
        assertThat(first.get("counts").get("joined").asInt()).isEqualTo(3);
        assertThat(first.get("counts").get("volunteers").asInt()).isEqualTo(3);
        assertThat(first.toString()).doesNotContain("Aubry", bernard);

        activate(claire);
        post("/api/volunteers/" + karim + "/withdraw", "", 200);
        post("/api/volunteers/" + bernard + "/withdraw", "", 200);
        String lea = signUp("Léa", "Moreau", commune, true);

        JsonNode second = awaitDigest(commune);
        assertThat(Instant.parse(second.get("since").asString())).isEqualTo(Instant.parse(first.get("until").asString()));
        assertThat(names(second.get("joined"))).containsExactly("Moreau");
        assertThat(names(second.get("changed"))).containsExactly("Martin");
        assertThat(second.get("changed").get(0).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(names(second.get("left"))).containsExactly("Benali");
        assertThat(second.get("left").get(0).has("email")).isFalse();
        assertThat(second.get("counts").get("left").asInt()).isEqualTo(2);
        assertThat(second.get("counts").get("active").asInt()).isEqualTo(1);
        assertThat(second.toString()).doesNotContain("Aubry");
        assertThat(lea).isNotBlank();
    }

    @Test
    void theFiguresCountByCommuneStatusAndPartnerWithoutPersonalData() {
        String commune = spareCommune();
        String active = signUp("Claire", "Martin", commune, true);
        signUp("Bernard", "Aubry", commune, false);
        activate(active);

        String body = client.get().uri("/api/volunteers/figures").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode figures = json(body);
        JsonNode ours = elements(figures.get("communes").toString()).stream()
                .filter(c -> commune.equals(c.get("communeInsee").asString())).findFirst().orElseThrow();
        assertThat(ours.get("total").asLong()).isEqualTo(2);
        assertThat(ours.get("byStatus").get("ACTIVE").asLong()).isEqualTo(1);
        assertThat(ours.get("byStatus").get("REGISTERED").asLong()).isEqualTo(1);
        assertThat(figures.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(elements(figures.get("partners").toString())).extracting(p -> p.get("partnerCode").asString())
                .contains("MUTUALIA");
        assertThat(figures.get("byOnboardingStep").has("SIGNED_UP")).isTrue();
        assertThat(body).doesNotContain("Martin", "Aubry", "@", active);
    }

    /** Moves the clock past the next scheduled digest and returns the commune's digest, validated. */
    private JsonNode awaitDigest(String commune) {
        Document schedule = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                mongo.findById("roster-digest", Document.class, "roster_digest_schedule"), java.util.Objects::nonNull);
        Instant due = schedule.getDate("nextAt").toInstant();
        try (EventProbe probe = probe(Topics.ROSTER_EVENTS.name())) {
            ((MutableClock) clock).advance(Duration.between(now(), due).plusMinutes(1));
            CapturedRecord digest = probe.await(EventCatalog.ROSTER_DIGEST_PUBLISHED.name(), commune);
            EventSchemas.assertValid(digest.type(), digest.value());
            probe.awaitCaughtUp();
            assertThat(probe.records()).filteredOn(record -> commune.equals(record.key())).hasSize(1);
            return json(digest.value());
        }
    }

    private static List<String> names(JsonNode entries) {
        return elements(entries.toString()).stream().map(entry -> entry.get("lastName").asString()).toList();
    }
}
