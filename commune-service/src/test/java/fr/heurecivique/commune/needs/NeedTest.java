package fr.heurecivique.commune.needs;

import fr.heurecivique.commune.associations.Association;
import fr.heurecivique.commune.beneficiaries.Beneficiary;
import fr.heurecivique.commune.beneficiaries.BeneficiaryDetails;
import fr.heurecivique.commune.beneficiaries.PreferredContact;
import fr.heurecivique.commune.communes.Commune;
import fr.heurecivique.commune.communes.TownHallContact;
import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.need.NeedState;
import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import fr.heurecivique.defaults.kafka.EventJson;
import fr.heurecivique.defaults.outbox.OutboxEvent;
import fr.heurecivique.defaults.outbox.OutboxEvents;
import fr.heurecivique.defaults.web.FieldProblem;
import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.defaults.web.StateConflictException;
import fr.heurecivique.referencedata.CharenteMaritimeCommunes;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of needs: who posts them, for whom, when, how long, and their lifecycle. */
class NeedTest {

    private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");
    private static final LocalDate TOMORROW = LocalDate.parse("2026-10-02");
    private final OutboxEvents events = new OutboxEvents("commune-service", new EventJson(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final Commune royan = partner("17306");
    private final Beneficiary jeanne = Beneficiary.record("17306", new BeneficiaryDetails("Jeanne", "Dupuis",
            "+33546412345", "12 rue des Mouettes", PreferredContact.PHONE_CALL, true, null), "r1", NOW);
    private final Recipient forJeanne = Recipient.of(jeanne);

    @Test
    void aNeedIsPostedOpenForItsRecipientAndCarriesNoContactDetails() {
        Need need = Need.post(royan, forJeanne, details(60, TOMORROW), "r1", NOW);

        assertThat(need.status()).isEqualTo(NeedStatus.OPEN);
        assertThat(need.mode()).isEqualTo(NeedMode.INDIVIDUAL);
        assertThat(need.placeKind()).isEqualTo(PlaceKind.BENEFICIARY_HOME);
        assertThat(need.latitude()).isEqualTo(45.62811); // Royan's centre: no coordinates given
        assertThat(need.endsAt()).isEqualTo(Instant.parse("2026-10-02T14:00:00Z"));
        OutboxEvent posted = events.serialise(need).get(0);
        assertThat(posted.type()).isEqualTo(EventCatalog.NEED_POSTED.name());
        assertThat(posted.data()).contains("\"beneficiaryId\":\"" + jeanne.id() + "\"", "\"mode\":\"INDIVIDUAL\"")
                .doesNotContain("Mouettes", "+33546412345", "Jeanne", "Dupuis");
    }

    @Test
    void anAssociationsNeedIsOrganisedAndMayNeedManyVolunteers() {
        Association association = Association.record("17306", "Comité des fêtes", null,
                new Association.AssociationContact("Martine Roux", null, "comite@exemple.fr", null),
                EnumSet.of(KindOfHelp.EVENTS), NOW);
        NeedDetails details = new NeedDetails("Fête du port", KindOfHelp.EVENTS, "Tenir la buvette.",
                "Quai de la Grange", 45.6240, -1.0370, ScheduleTest.once(TOMORROW, LocalTime.of(9, 0),
                LocalTime.of(17, 0)), 480, 12, Urgency.NORMAL);

        Need need = Need.post(royan, Recipient.of(association), details, "r1", NOW);

        assertThat(need.mode()).isEqualTo(NeedMode.ORGANISED);
        assertThat(need.placeKind()).isEqualTo(PlaceKind.ADDRESS);
        assertThat(need.stateAt(0).latitude()).isEqualTo(45.6240); // a public place: exact
        assertThat(need.stateAt(0).associationName()).isEqualTo("Comité des fêtes");
        assertThat(need.stateAt(0).volunteersNeeded()).isEqualTo(12);
    }

    @Test
    void aBeneficiarysHomeIsPublishedToAboutAKilometre() {
        NeedDetails pinned = new NeedDetails("Visite", KindOfHelp.VISITS, "Une heure de conversation.", null,
                45.63456, -1.02987, ScheduleTest.once(TOMORROW, LocalTime.of(14, 0), LocalTime.of(16, 0)), 60, 1,
                Urgency.NORMAL);
        Need need = Need.post(royan, forJeanne, pinned, "r1", NOW);

        assertThat(need.latitude()).isEqualTo(45.63456);
        NeedState published = need.stateAt(0);
        assertThat(published.latitude()).isEqualTo(45.63);
        assertThat(published.longitude()).isEqualTo(-1.03);
        assertThat(published.locatedAtCommuneCentre()).isFalse();
    }

    @Test
    void onlyAPartnerCommunePostsNeeds() {
        Commune saintes = Commune.fromReference(CharenteMaritimeCommunes.get().find("17415").orElseThrow());
        assertThatThrownBy(() -> Need.post(saintes, forJeanne, details(60, TOMORROW), "r1", NOW))
                .isInstanceOf(StateConflictException.class)
                .hasMessage("La commune Saintes n’est pas une commune partenaire (statut : « non partenaire ») : "
                        + "publier un besoin n’est possible que dans une commune partenaire.");
    }

    @Test
    void refusesADurationOutOfOneMinuteToEightHoursOrLongerThanItsWindow() {
        assertThat(fields(() -> Need.post(royan, forJeanne, details(0, TOMORROW), "r1", NOW)))
                .containsExactly("durationMinutes");
        assertThat(fields(() -> Need.post(royan, forJeanne, details(481, TOMORROW), "r1", NOW)))
                .containsExactly("durationMinutes");
        assertThat(fields(() -> Need.post(royan, forJeanne, details(121, TOMORROW), "r1", NOW)))
                .containsExactly("durationMinutes");
        assertThat(Need.post(royan, forJeanne, details(120, TOMORROW), "r1", NOW).durationMinutes())
                .isEqualTo(120);
    }

    @Test
    void refusesAWindowInThePastAPlaceOutsideTheCommuneAndContactDetailsInTheText() {
        NeedDetails past = details(60, LocalDate.parse("2026-09-30"));
        assertThat(fields(() -> Need.post(royan, forJeanne, past, "r1", NOW))).containsExactly("when.date");

        NeedDetails inLaRochelle = new NeedDetails("Visite", KindOfHelp.VISITS, "Une visite.", null, 46.16308,
                -1.15222, ScheduleTest.once(TOMORROW, LocalTime.of(14, 0), LocalTime.of(16, 0)), 60, 1,
                Urgency.NORMAL);
        assertThat(fields(() -> Need.post(royan, forJeanne, inLaRochelle, "r1", NOW)))
                .containsExactly("place");

        NeedDetails withPhone = new NeedDetails("Courses", KindOfHelp.SHOPPING, "Appeler le 05 46 41 23 45.", null,
                null, null, ScheduleTest.once(TOMORROW, LocalTime.of(14, 0), LocalTime.of(16, 0)), 60, 1,
                Urgency.NORMAL);
        assertThat(fields(() -> Need.post(royan, forJeanne, withPhone, "r1", NOW)))
                .containsExactly("description");
        NeedDetails withAddress = new NeedDetails("Courses au 12 rue des mouettes", KindOfHelp.SHOPPING, "Courses.",
                null, null, null, ScheduleTest.once(TOMORROW, LocalTime.of(14, 0), LocalTime.of(16, 0)), 60, 1,
                Urgency.NORMAL);
        assertThat(fields(() -> Need.post(royan, forJeanne, withAddress, "r1", NOW)))
                .containsExactly("title");
    }

    @Test
    void onlyAnOpenNeedIsRevisedAndOnlyARealChangePublishes() {
        Need need = Need.post(royan, forJeanne, details(60, TOMORROW), "r1", NOW);

        assertThat(need.revise(need.details(), royan, forJeanne, NOW)).isFalse();
        assertThat(need.revise(details(90, TOMORROW), royan, forJeanne, NOW)).isTrue();

        assertThat(events.serialise(need)).extracting(OutboxEvent::type)
                .containsExactly(EventCatalog.NEED_POSTED.name(), EventCatalog.NEED_UPDATED.name());
        need.cancel(CancellationReason.NO_LONGER_NEEDED, null, NOW);
        assertThatThrownBy(() -> need.revise(details(30, TOMORROW), royan, forJeanne, NOW))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("« annulé »");
    }

    @Test
    void aCancellationNeedsAReasonAndHappensOnce() {
        Need need = Need.post(royan, forJeanne, details(60, TOMORROW), "r1", NOW);
        assertThat(fieldsOf(() -> need.cancel(CancellationReason.OTHER, " ", NOW))).containsExactly("note");

        need.cancel(CancellationReason.BENEFICIARY_UNAVAILABLE, "Hospitalisée", NOW);

        assertThat(need.status()).isEqualTo(NeedStatus.CANCELLED);
        NeedState state = need.stateAt(1);
        assertThat(state.status()).isEqualTo("CANCELLED");
        assertThat(state.cancellationReason()).isEqualTo("BENEFICIARY_UNAVAILABLE");
        assertThat(events.serialise(need).get(1).data()).doesNotContain("Hospitalisée");
        assertThatThrownBy(() -> need.cancel(CancellationReason.NO_LONGER_NEEDED, null, NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void anOpenNeedExpiresOnceItsLastOccurrenceHasEnded() {
        Need need = Need.post(royan, forJeanne, details(60, TOMORROW), "r1", NOW);

        assertThat(need.expireIfOverdue(NOW.plus(Duration.ofHours(28)))).isFalse(); // 15:00 in Royan
        assertThat(need.expireIfOverdue(NOW.plus(Duration.ofHours(30)))).isTrue();
        assertThat(need.status()).isEqualTo(NeedStatus.EXPIRED);
        assertThat(events.serialise(need)).extracting(OutboxEvent::type).last()
                .isEqualTo(EventCatalog.NEED_EXPIRED.name());
        assertThat(need.expireIfOverdue(NOW.plus(Duration.ofHours(40)))).isFalse();
    }

    @Test
    void aNeedForThreeFollowsMatchingsReportAndPastItsDateClosesWithTheHelpGivenOrWaitsForAnAcceptedOne() {
        Need need = Need.post(royan, forJeanne, details(60, TOMORROW), "r1", NOW);
        // Matching: one of three places done, nothing left to fill (the date started): in progress, not done.
        need.followMatches(5, true, false, 2, 1, NOW);
        assertThat(need.status()).isEqualTo(NeedStatus.IN_PROGRESS);
        Instant over = NOW.plus(Duration.ofHours(30));
        assertThat(need.expireIfOverdue(over)).isFalse(); // one accepted match waits for its outcome

        need.followMatches(6, true, false, 1, 1, NOW); // the other one was cancelled
        assertThat(need.expireIfOverdue(over)).isTrue();
        assertThat(need.status()).isEqualTo(NeedStatus.DONE);
        assertThat(events.serialise(need)).extracting(OutboxEvent::type).last()
                .isEqualTo(EventCatalog.NEED_CLOSED.name());
    }

    private static NeedDetails details(int durationMinutes, LocalDate date) {
        return new NeedDetails("Courses du jeudi", KindOfHelp.SHOPPING, "Faire les courses au marché.", null, null,
                null, ScheduleTest.once(date, LocalTime.of(14, 0), LocalTime.of(16, 0)), durationMinutes, 1,
                Urgency.NORMAL);
    }

    private Commune partner(String insee) {
        Commune commune = Commune.fromReference(CharenteMaritimeCommunes.get().find(insee).orElseThrow());
        commune.requestPartnership(new TownHallContact("Claire", "Dupont", "Secrétaire", "mairie@exemple.fr",
                "+33546412345"), null, NOW);
        commune.recordContactCall("Sophie", null, NOW);
        commune.activatePartnership("Sophie", null, LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-01"),
                LocalDate.parse("2026-10-01"), NOW);
        return commune;
    }

    private static java.util.List<String> fields(org.assertj.core.api.ThrowableAssert.ThrowingCallable post) {
        return fieldsOf(post);
    }

    private static java.util.List<String> fieldsOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        InvalidFieldsException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidFieldsException.class, call);
        assertThat(thrown).as("refused as invalid fields").isNotNull();
        return thrown.problems().stream().map(FieldProblem::field).toList();
    }
}
