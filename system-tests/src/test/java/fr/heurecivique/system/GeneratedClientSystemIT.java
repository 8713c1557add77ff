package fr.heurecivique.system;

import fr.heurecivique.client.commune.model.PostNeedRequest;
import fr.heurecivique.client.commune.model.WhenRequest;
import fr.heurecivique.client.matching.api.MisesEnRelationApi;
import fr.heurecivique.client.matching.api.SuggestionsApi;
import fr.heurecivique.client.matching.model.Complete;
import fr.heurecivique.client.matching.model.MatchView;
import fr.heurecivique.client.matching.model.Propose;
import fr.heurecivique.client.volunteer.model.AppointmentRequest;
import fr.heurecivique.client.volunteer.model.AttendanceRequest;
import fr.heurecivique.client.volunteer.model.BookingRequest;
import fr.heurecivique.client.volunteer.model.ConsentsRequest;
import fr.heurecivique.client.volunteer.model.PerimeterRequest;
import fr.heurecivique.client.volunteer.model.RegistrationRequest;
import fr.heurecivique.client.volunteer.model.SessionRequest;
import fr.heurecivique.client.volunteer.model.SlotRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client generated from the gateway's OpenAPI documents ({@code docs/openapi/}, openapi-generator's Java client on
 * java.net.http, see the pom), used as a mobile team would: a resident signs up, is onboarded, a referent posts a
 * need, sees the resident suggested, proposes them; the resident accepts; once the mission has started, the referent
 * records it — and an error comes back as the problem the document describes. The partnership of the commune is set
 * up beforehand as the other system tests do ({@link RunningPlatform#partnerCommune}).
 */
class GeneratedClientSystemIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Châtelaillon-Plage: a commune no other system test takes through the partnership. */
    private static final String CHATELAILLON = "17094";

    private final RunningPlatform platform = RunningPlatform.get();

    @AfterEach
    void realTime() {
        platform.realTime();
    }

    @Test
    void signUpNeedSuggestionProposalAcceptAndCompletionThroughTheGeneratedClient() throws Exception {
        RunningPlatform.PartnerCommune commune = platform.partnerCommune(CHATELAILLON);
        String coordinator = platform.token(RunningPlatform.DemoAccount.COORDINATOR);

        // Sign-up (public), then the resident chooses a password from the emailed link and signs in.
        String email = "margaux." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        String[] volunteerId = new String[1];
        String volunteer = platform.withAccountFromLink(email, () -> volunteerId[0] = call(() -> new fr.heurecivique
                .client.volunteer.api.RegistrationControllerApi(volunteerClient(null)).register(new RegistrationRequest()
                .firstName("Margaux").lastName("Châtelaine").email(email).phone("06 12 34 56 70")
                .communeInsee(CHATELAILLON).consents(new ConsentsRequest().dataProcessing(true).email(true).sms(false)
                        .shareWithCommune(true))).getId()));

        // Onboarding: the presentation (booked, attended once started), the interview and its perimeter.
        var sessions = new fr.heurecivique.client.volunteer.api.SessionControllerApi(volunteerClient(coordinator));
        var onboarding = new fr.heurecivique.client.volunteer.api.OnboardingControllerApi(volunteerClient(coordinator));
        String session = sessions.publish(new SessionRequest().title("Visio de présentation")
                .startsAt(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3)).durationMinutes(60)
                .videoLink("https://visio.exemple.fr/presentation").capacity(12)).getId();
        new fr.heurecivique.client.volunteer.api.OnboardingControllerApi(volunteerClient(volunteer))
                .book(session, new BookingRequest().volunteerId(volunteerId[0]));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() ->
                onboarding.attendance(session, new AttendanceRequest().volunteerId(volunteerId[0])) != null);
        onboarding.appointment(volunteerId[0], new AppointmentRequest()
                .scheduledAt(OffsetDateTime.now(ZoneOffset.UTC).plusDays(1)));
        onboarding.interview(volunteerId[0], new PerimeterRequest().modes(List.of("INDIVIDUAL")).maxDistanceKm(10)
                .kindsOfHelp(List.of("SHOPPING")).monthlyPledgeHours(2).availability(Arrays.stream(DayOfWeek.values())
                        .map(day -> new SlotRequest().day(day.name()).period("AFTERNOON")).toList()));

        // The referent posts a need, in two days from 14:00 to 16:00, and sees the resident suggested.
        LocalDate date = LocalDate.now(PARIS).plusDays(2);
        String need = new fr.heurecivique.client.commune.api.NeedControllerApi(communeClient(commune.referentToken()))
                .post(CHATELAILLON, new PostNeedRequest().referentId(commune.referentId())
                        .beneficiaryId(commune.beneficiaryId()).title("Courses au marché").kind("SHOPPING")
                        .description("Faire les courses au marché pour une voisine âgée.").durationMinutes(60)
                        .when(new WhenRequest().date(date).startTime("14:00").endTime("16:00"))).getId();
        SuggestionsApi suggestions = new SuggestionsApi(matchingClient(commune.referentToken()));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> suggestions.suggestions(need, 50)
                .getSuggestions().stream().anyMatch(s -> volunteerId[0].equals(s.getVolunteerId())));

        // The proposal, the resident's acceptance.
        MisesEnRelationApi referentMatches = new MisesEnRelationApi(matchingClient(commune.referentToken()));
        String match = referentMatches.propose(new Propose().needId(need).volunteerId(volunteerId[0])
                .referentId(commune.referentId())).getMatchId();
        MatchView accepted = new MisesEnRelationApi(matchingClient(volunteer)).accept(match);
        assertThat(accepted.getStatus()).isEqualTo("ACCEPTED");

        // Too early: the 409 problem the document describes.
        var tooEarly = org.junit.jupiter.api.Assertions.assertThrows(fr.heurecivique.client.matching.ApiException.class,
                () -> referentMatches.complete(match, new Complete().actualMinutes(60)));
        assertThat(tooEarly.getCode()).isEqualTo(409);
        assertThat(RunningPlatform.JSON.readTree(tooEarly.getResponseBody()).get("title").asString())
                .isEqualTo("Conflit avec l’état actuel");

        // Once the mission has started, the referent records it: the need is done.
        platform.moveClock(Duration.between(platform.now(), date.atTime(14, 5).atZone(PARIS).toInstant()));
        MatchView completed = referentMatches.complete(match, new Complete().actualMinutes(60));
        assertThat(completed.getStatus()).isEqualTo("COMPLETED");
        assertThat(completed.getNeedDone()).isTrue();
    }

    private fr.heurecivique.client.volunteer.ApiClient volunteerClient(String token) {
        fr.heurecivique.client.volunteer.ApiClient client = new fr.heurecivique.client.volunteer.ApiClient();
        client.updateBaseUri(platform.stack().gatewayUrl());
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private fr.heurecivique.client.commune.ApiClient communeClient(String token) {
        fr.heurecivique.client.commune.ApiClient client = new fr.heurecivique.client.commune.ApiClient();
        client.updateBaseUri(platform.stack().gatewayUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private fr.heurecivique.client.matching.ApiClient matchingClient(String token) {
        fr.heurecivique.client.matching.ApiClient client = new fr.heurecivique.client.matching.ApiClient();
        client.updateBaseUri(platform.stack().gatewayUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /** A generated call inside a lambda that may not throw its checked ApiException. */
    private static <T> T call(java.util.concurrent.Callable<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
