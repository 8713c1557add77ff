package fr.heurecivique.volunteer.preferences;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.defaults.links.SignedLinks;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.MutableClock;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import fr.heurecivique.testsupport.ServiceScenarios;
import fr.heurecivique.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The preferences link of every email opens a French page that changes the volunteer's consents, once. */
@PlatformIntegrationTest
class PreferencesIT extends ServiceScenarios {

    @Autowired
    SignedLinks links;
    @Autowired
    Clock clock;

    @AfterEach
    void realTime() {
        ((MutableClock) clock).reset();
    }

    private String register() {
        String email = "pref." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        return json(client.post().uri("/api/volunteers").contentType(MediaType.APPLICATION_JSON).body("""
                {"firstName": "Claire", "lastName": "Martin", "email": "%s", "phone": "06 12 34 56 78",
                 "communeInsee": "17300",
                 "consents": {"dataProcessing": true, "email": true, "sms": true, "shareWithCommune": true}}
                """.formatted(email)).exchange().expectStatus().isCreated().expectBody(String.class).returnResult()
                .getResponseBody()).get("id").asString();
    }

    @Test
    void aVolunteerChangesTheirConsentsFromTheLinkOnce() {
        String id = register();
        String token = links.issue(PreferencesController.PURPOSE, id, Duration.ofDays(60));

        String page = client.get().uri("/api/volunteers/preferences?token={token}", token).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("Mes préférences de contact", "Bonjour <span>Claire</span>", "Par SMS");

        try (EventProbe probe = probe(Topics.VOLUNTEER_EVENTS.name())) {
            String saved = client.post().uri("/api/volunteers/preferences")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("token=" + token + "&email=true")
                    .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
            assertThat(saved).contains("Vos préférences sont enregistrées");

            CapturedRecord updated = probe.await(EventCatalog.VOLUNTEER_UPDATED.name(), id);
            assertThat(json(updated.value()).get("volunteer").get("consents").get("sms").asBoolean()).isFalse();
        }
        as(TestTokens.volunteer(id)).get().uri("/api/volunteers/{id}", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.consents.email").isEqualTo(true)
                .jsonPath("$.consents.sms").isEqualTo(false)
                .jsonPath("$.consents.shareWithCommune").isEqualTo(false);

        String again = client.post().uri("/api/volunteers/preferences")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("token=" + token + "&sms=true")
                .exchange().expectStatus().isEqualTo(410).expectBody(String.class).returnResult().getResponseBody();
        assertThat(again).contains("Ce lien a déjà été utilisé");
    }

    @Test
    void anExpiredOrForgedLinkShowsAFrenchPage() {
        String id = register();
        String token = links.issue(PreferencesController.PURPOSE, id, Duration.ofDays(60));
        ((MutableClock) clock).advance(Duration.ofDays(61));

        assertThat(client.get().uri("/api/volunteers/preferences?token={token}", token).exchange()
                .expectStatus().isEqualTo(410).expectBody(String.class).returnResult().getResponseBody())
                .contains("Ce lien a expiré");
        assertThat(client.get().uri("/api/volunteers/preferences?token={token}", "forged.token").exchange()
                .expectStatus().isEqualTo(410).expectBody(String.class).returnResult().getResponseBody())
                .contains("n’est pas valide");
    }
}
