package fr.heurecivique.notification.communes;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.commune.CommunePartnershipActivated;
import fr.heurecivique.contracts.commune.CommunePartnershipRequested;
import fr.heurecivique.contracts.commune.CommuneState;
import fr.heurecivique.contracts.commune.PartnershipContact;
import fr.heurecivique.contracts.commune.PartnershipTransition;
import fr.heurecivique.contracts.commune.ReferentAppointed;
import fr.heurecivique.contracts.commune.ReferentRemoved;
import fr.heurecivique.contracts.commune.ReferentState;
import fr.heurecivique.contracts.roster.RosterDigestCounts;
import fr.heurecivique.contracts.roster.RosterDigestEntry;
import fr.heurecivique.contracts.roster.RosterDigestPublished;
import fr.heurecivique.localstack.infra.EmbeddedSmtp;
import fr.heurecivique.notification.NotificationScenarios;
import fr.heurecivique.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Partnership steps, referents and the monthly roster digest, told to the communes' people. */
abstract class CommuneMessagesScenarios extends NotificationScenarios {

    private static final AtomicInteger COMMUNES = new AtomicInteger(80_000 + new java.util.Random().nextInt(5_000));

    @Autowired
    MongoTemplate mongo;

    EmbeddedSmtp smtp = EmbeddedInfrastructure.smtp();
    String insee;
    String townHall;

    @BeforeEach
    void aCommune() {
        insee = String.valueOf(COMMUNES.incrementAndGet());
        townHall = "mairie." + insee + "@exemple.fr";
    }

    private CommuneState commune(long version, String status) {
        return new CommuneState(insee, version, "Saint-Test", status);
    }

    private PartnershipContact contact() {
        return new PartnershipContact("Anne", "Moreau", "Secrétaire de mairie", townHall, "+33546000000");
    }

    private void activate() {
        publisher.publish(EventCatalog.COMMUNE_PARTNERSHIP_ACTIVATED, insee, 3, new CommunePartnershipActivated(
                commune(3, "PARTNER"), new PartnershipTransition("CONTACTED", "PARTNER", Instant.now(), "Coordinatrice",
                        null), contact(), LocalDate.now(), LocalDate.now()));
    }

    @Test
    void aPartnershipRequestReachesTheCoordinatorsAndIsAcknowledged() {
        publisher.publish(EventCatalog.COMMUNE_PARTNERSHIP_REQUESTED, insee, 1, new CommunePartnershipRequested(
                commune(1, "REQUESTED"), contact(), "Nous aimerions rejoindre le dispositif.", Instant.now()));

        EmbeddedSmtp.CapturedMail coordinators = await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(
                "coordination@voisins-solidaires.example").stream()
                .filter(mail -> mail.subject().endsWith("Saint-Test")).toList(), mails -> mails.size() == 1).get(0);
        assertThat(coordinators.subject()).isEqualTo("Nouvelle demande de partenariat : Saint-Test");
        assertThat(coordinators.text()).contains("Anne Moreau, Secrétaire de mairie", townHall, "Téléphone : 05 46 00 00 00",
                "Nous aimerions rejoindre le dispositif.");
        EmbeddedSmtp.CapturedMail acknowledgement = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(townHall), mails -> mails.size() == 1).get(0);
        assertThat(acknowledgement.subject()).isEqualTo("Votre demande de partenariat a bien été reçue");
    }

    @Test
    void anActivatedCommuneGetsItsKitAndItsRosterDigestWithTheCsv() {
        activate();
        EmbeddedSmtp.CapturedMail welcome = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(townHall), mails -> mails.size() == 1).get(0);
        assertThat(welcome.text()).contains("https://heure-civique.example/kit-communication", "référents locaux",
                "transmettez leurs nom, e-mail et téléphone à l’association Voisins Solidaires")
                .doesNotContain("désignez vos référents");

        RosterDigestEntry claire = new RosterDigestEntry(UUID.randomUUID().toString(), "Claire", "Martin",
                "claire@exemple.fr", "+33612345678", "ACTIVE", List.of("INDIVIDUAL"), List.of("SHOPPING"));
        RosterDigestEntry karim = new RosterDigestEntry(UUID.randomUUID().toString(), "Karim", "Benali", null, null,
                "WITHDRAWN", List.of(), List.of());
        publisher.publish(EventCatalog.ROSTER_DIGEST_PUBLISHED, insee, 0, new RosterDigestPublished(insee,
                "Saint-Test", null, Instant.parse("2026-12-07T07:00:00Z"), List.of(claire), List.of(), List.of(karim),
                new RosterDigestCounts(2, 0, 1, 5, 3)));

        EmbeddedSmtp.CapturedMail digest = await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(townHall),
                mails -> mails.size() == 2).get(1);
        assertThat(digest.subject()).isEqualTo("Bénévoles de Saint-Test : le point du mois");
        assertThat(digest.text()).contains("2 nouveaux bénévoles", "0 changement", "1 départ",
                "5 bénévoles inscrits dont 3 actifs",
                "Nouveaux bénévoles : Claire Martin", "Départs : Karim Benali");
        byte[] csv = digest.attachments().get("benevoles-" + insee + "-2026-12.csv");
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "\uFEFFChangement;Prénom;Nom;E-mail;Téléphone;Statut;Modes;Types d’aide",
                "Nouveau;Claire;Martin;claire@exemple.fr;+33612345678;actif;entre voisins;courses et commissions",
                "Parti;Karim;Benali;;;parti;;");
    }

    @Test
    void aDigestForACommuneWithoutATownHallContactIsSuppressed() {
        String eventId = publisher.publish(EventCatalog.ROSTER_DIGEST_PUBLISHED, insee, 0, new RosterDigestPublished(
                insee, "Saint-Test", null, Instant.now(), List.of(), List.of(), List.of(),
                new RosterDigestCounts(0, 0, 0, 1, 0)));

        JsonNode suppressed = await().atMost(Duration.ofSeconds(30)).until(() -> log(eventId),
                entries -> entries.size() == 1).get(0);
        assertThat(suppressed.get("status").asString()).isEqualTo("SUPPRESSED");
        assertThat(suppressed.get("statusReason").asString()).startsWith("Pas de contact de mairie connu");
    }

    @Test
    void aReferentIsWelcomedAndForgottenWhenRemoved() {
        String referentId = UUID.randomUUID().toString();
        String email = "referent." + referentId.substring(0, 8) + "@exemple.fr";
        publisher.publish(EventCatalog.REFERENT_APPOINTED, insee, 4, new ReferentAppointed(commune(4, "PARTNER"),
                new ReferentState(referentId, "Paul", "Girard", email, "+33612000000", "Adjoint aux solidarités",
                        Instant.now())));

        EmbeddedSmtp.CapturedMail mail = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(email), mails -> mails.size() == 1).get(0);
        assertThat(mail.subject()).isEqualTo("Votre rôle de référent local de L’Heure Civique pour Saint-Test");
        assertThat(mail.text()).contains("(Adjoint aux solidarités)");
        assertThat(mongo.findById("REFERENT:" + referentId, org.bson.Document.class, "contacts")).isNotNull();

        publisher.publish(EventCatalog.REFERENT_REMOVED, insee, 5, new ReferentRemoved(commune(5, "PARTNER"),
                referentId, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                mongo.findById("REFERENT:" + referentId, org.bson.Document.class, "contacts") == null);
    }


    private List<JsonNode> log(String eventId) {
        return elements(json(client.get().uri("/api/notifications?sourceEventId={id}", eventId).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()).get("items")
                .toString());
    }
}
