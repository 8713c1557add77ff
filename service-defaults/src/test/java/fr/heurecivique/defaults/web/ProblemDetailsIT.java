package fr.heurecivique.defaults.web;

import fr.heurecivique.testsupport.PlatformIntegrationTest;
import fr.heurecivique.testsupport.ServiceScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error a person may read comes as a French RFC 9457 problem detail. */
@PlatformIntegrationTest
class ProblemDetailsIT extends ServiceScenarios {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void listsEachBadFieldInFrench() {
        client.post().uri("/test/parcels").contentType(MediaType.APPLICATION_JSON)
                .body("{\"destination\":\" \",\"contact\":\"pas-une-adresse\",\"weight\":0}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Requête invalide")
                .jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.errors[0].field").isEqualTo("contact")
                .jsonPath("$.errors[0].message").isEqualTo("doit être une adresse électronique syntaxiquement correcte")
                .jsonPath("$.errors[1].field").isEqualTo("destination")
                .jsonPath("$.errors[1].message").isEqualTo("ne doit pas être vide")
                .jsonPath("$.errors[2].field").isEqualTo("weight");
    }

    @Test
    void reportsDomainRuleViolationsTheSameWay() {
        client.post().uri("/test/parcels").contentType(MediaType.APPLICATION_JSON)
                .body("{\"destination\":\"Atlantide\",\"contact\":\"a@exemple.fr\",\"weight\":2}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("destination")
                .jsonPath("$.errors[0].message").isEqualTo("destination inconnue");
    }

    @Test
    void namesAFieldOfTheWrongType() {
        client.post().uri("/test/parcels").contentType(MediaType.APPLICATION_JSON)
                .body("{\"destination\":\"Saintes\",\"contact\":\"a@exemple.fr\",\"weight\":\"lourd\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("weight");
    }

    /** Issue 14.11: 56 of 1,000 generated bad sign-ups were accepted only because Jackson coerced their types. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "\"fragile\":1            | fragile     | doit être true ou false",
            "\"fragile\":\"true\"   | fragile     | doit être true ou false",
            "\"destination\":5        | destination | doit être un texte",
            "\"destination\":true     | destination | doit être un texte",
            "\"weight\":\"2\"       | weight      | doit être un nombre entier",
            "\"weight\":2.5           | weight      | doit être un nombre entier",
            "\"declaredValue\":\"9\"| declaredValue | doit être un nombre",
            "\"speed\":0              | speed       | valeur non reconnue : valeurs acceptées STANDARD ou EXPRESS"})
    void aValueOfTheWrongJsonTypeIsRefusedNotCoerced(String field, String name, String message) {
        String body = "{\"destination\":\"Saintes\",\"contact\":\"a@exemple.fr\",\"weight\":2," + field + "}";
        client.post().uri("/test/parcels").contentType(MediaType.APPLICATION_JSON)
                .body(body) // a key given twice: the last one counts
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo(name)
                .jsonPath("$.errors[0].message").isEqualTo(message);
    }

    @Test
    void valuesOfTheRightTypeStillPass() {
        client.post().uri("/test/parcels").contentType(MediaType.APPLICATION_JSON)
                .body("{\"destination\":\"Saintes\",\"contact\":\"a@exemple.fr\",\"weight\":2,"
                        + "\"fragile\":true,\"declaredValue\":12}")
                .exchange()
                .expectStatus().is2xxSuccessful();
    }

    @Test
    void anEnumOrADateOfTheWrongFormatNamesTheAcceptedValuesInFrench() {
        client.post().uri("/test/parcels").contentType(MediaType.APPLICATION_JSON)
                .body("{\"destination\":\"Saintes\",\"contact\":\"a@exemple.fr\",\"weight\":2,\"speed\":\"RAPIDE\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("speed")
                .jsonPath("$.errors[0].message").isEqualTo("valeur non reconnue : valeurs acceptées STANDARD ou EXPRESS");
        client.post().uri("/test/parcels").contentType(MediaType.APPLICATION_JSON)
                .body("{\"destination\":\"Saintes\",\"contact\":\"a@exemple.fr\",\"weight\":2,\"shipOn\":\"10/12/2026\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("shipOn")
                .jsonPath("$.errors[0].message").isEqualTo("doit être une date au format AAAA-MM-JJ (par exemple 2026-12-10)");
        client.post().uri("/test/parcels").contentType(MediaType.APPLICATION_JSON)
                .body("{\"destination\":\"Saintes\",\"contact\":\"a@exemple.fr\",\"weight\":\"lourd\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].message").isEqualTo("doit être un nombre entier");
        client.get().uri("/test/parcels?speed=RAPIDE").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("speed")
                .jsonPath("$.errors[0].message").isEqualTo("valeur non reconnue : valeurs acceptées STANDARD ou EXPRESS");
    }

    @Test
    void explainsAnUnreadableBody() {
        client.post().uri("/test/parcels").contentType(MediaType.APPLICATION_JSON).body("{ oops")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Corps de requête illisible");
    }

    @Test
    void answersUnknownIdsAndPathsWith404() {
        client.get().uri("/test/parcels/nope").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("Aucun colis n’a cet identifiant.");
        client.get().uri("/test/nowhere").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.title").isEqualTo("Ressource introuvable");
    }

    @Test
    void answersConflictsWith409AndWrongMethodsWith405() {
        client.post().uri("/test/parcels/p1/return").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").isEqualTo("Ce colis n’a pas encore été livré.");
        client.delete().uri("/test/parcels/p1").exchange()
                .expectStatus().isEqualTo(405)
                .expectBody().jsonPath("$.title").isEqualTo("Méthode non autorisée");
    }

    @Test
    void givesTheTraceIdOfTheRequestToFindItInTheLogs() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        client.get().uri("/test/parcels/nope").header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.traceId").isEqualTo(traceId);
    }

    @Test
    void aSignedLinkActsOnceThenAnswersGoneInFrench(
            @org.springframework.beans.factory.annotation.Autowired fr.heurecivique.defaults.links.SignedLinks links) {
        String token = links.issue("test-confirm", "p-7", java.time.Duration.ofHours(1));
        client.post().uri("/test/links?token={token}", token).exchange()
                .expectStatus().isOk().expectBody(String.class).isEqualTo("p-7");
        client.post().uri("/test/links?token={token}", token).exchange()
                .expectStatus().isEqualTo(410)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Lien inutilisable")
                .jsonPath("$.detail").isEqualTo("Ce lien a déjà été utilisé : il ne sert qu’une fois.");
        client.post().uri("/test/links?token={token}", token.substring(0, token.length() - 2) + "xx").exchange()
                .expectStatus().isEqualTo(410)
                .expectBody().jsonPath("$.detail").value(detail ->
                        org.assertj.core.api.Assertions.assertThat(detail.toString()).startsWith("Ce lien n’est pas valide"));
    }

    @Test
    void describesItsApiForTheGatewaysSwaggerUi() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.info.title").isEqualTo("L’Heure Civique — backbone-test")
                .jsonPath("$.servers[0].url").isEqualTo("http://localhost:8080")
                .jsonPath("$.components.securitySchemes.bearer-jwt.scheme").isEqualTo("bearer")
                .jsonPath("$.paths['/test/parcels'].post").exists();
    }

    @Test
    void hidesTheDetailsOfUnexpectedErrors() {
        client.get().uri("/test/failure").exchange()
                .expectStatus().is5xxServerError()
                .expectBody()
                .jsonPath("$.title").isEqualTo("Erreur interne")
                .jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail)
                        .doesNotContain("claire.martin"));
    }

    @Test
    void refusesAnOversizedBodyWith413WhetherItAnnouncesItsLengthOrComesInChunks() throws Exception {
        String oversized = parcel("x".repeat(70 * 1024));

        HttpResponse<String> announced = post(HttpRequest.BodyPublishers.ofString(oversized));
        assertThat(announced.statusCode()).isEqualTo(413);
        assertThat(announced.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(announced.body()).contains("Requête trop volumineuse", "64 Ko");

        HttpResponse<String> chunked = post(chunks(oversized));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("Requête trop volumineuse");

        // A chunked body within the limit is read as usual.
        HttpResponse<String> small = post(chunks(parcel("Saint-Martin-de-Ré")));
        assertThat(small.statusCode()).isEqualTo(201);
    }

    private static String parcel(String destination) {
        return "{\"destination\":\"" + destination + "\",\"contact\":\"a@exemple.fr\",\"weight\":2}";
    }

    /** A body of unknown length: the client sends it with {@code Transfer-Encoding: chunked}. */
    private static HttpRequest.BodyPublisher chunks(String body) {
        return HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/test/parcels"))
                .header("Content-Type", "application/json").POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }
}
