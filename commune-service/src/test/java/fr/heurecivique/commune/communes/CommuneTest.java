package fr.heurecivique.commune.communes;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.defaults.kafka.EventJson;
import fr.heurecivique.defaults.outbox.OutboxEvent;
import fr.heurecivique.defaults.outbox.OutboxEvents;
import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.defaults.web.ResourceNotFoundException;
import fr.heurecivique.defaults.web.StateConflictException;
import fr.heurecivique.referencedata.CharenteMaritimeCommunes;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The partnership lifecycle and the referents of a commune. */
class CommuneTest {

    private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-10-01");
    private final OutboxEvents events = new OutboxEvents("commune-service", new EventJson(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final TownHallContact contact = new TownHallContact("Claire", "Dupont", "Secrétaire de mairie",
            "mairie@exemple.fr", "+33546412345");

    static Commune saintes() {
        return Commune.fromReference(CharenteMaritimeCommunes.get().find("17415").orElseThrow());
    }

    @Test
    void goesFromRequestToPartnerToSuspendedAndBackKeepingItsHistory() {
        Commune commune = saintes();

        commune.requestPartnership(contact, "Nous voulons participer.", NOW);
        commune.recordContactCall("Sophie Bernard", "Appel au maire", NOW.plusSeconds(60));
        commune.activatePartnership("Sophie Bernard", null, TODAY, TODAY, TODAY, NOW.plusSeconds(120));
        commune.suspendPartnership("Luc Martin", "Pas de référent disponible", NOW.plusSeconds(180));
        commune.reactivatePartnership("Luc Martin", "Nouveau référent trouvé", NOW.plusSeconds(240));

        assertThat(commune.partnershipStatus()).isEqualTo(PartnershipStatus.PARTNER);
        assertThat(commune.partnership().orElseThrow().history())
                .extracting(PartnershipStep::from, PartnershipStep::to, PartnershipStep::recordedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PartnershipStatus.NONE, PartnershipStatus.REQUESTED,
                                "Claire Dupont (Secrétaire de mairie)"),
                        org.assertj.core.groups.Tuple.tuple(PartnershipStatus.REQUESTED, PartnershipStatus.CONTACTED,
                                "Sophie Bernard"),
                        org.assertj.core.groups.Tuple.tuple(PartnershipStatus.CONTACTED, PartnershipStatus.PARTNER,
                                "Sophie Bernard"),
                        org.assertj.core.groups.Tuple.tuple(PartnershipStatus.PARTNER, PartnershipStatus.SUSPENDED,
                                "Luc Martin"),
                        org.assertj.core.groups.Tuple.tuple(PartnershipStatus.SUSPENDED, PartnershipStatus.PARTNER,
                                "Luc Martin"));
        assertThat(commune.partnership().orElseThrow().history().get(3).note()).isEqualTo("Pas de référent disponible");
        assertThat(events.serialise(commune)).extracting(OutboxEvent::type).containsExactly(
                EventCatalog.COMMUNE_PARTNERSHIP_REQUESTED.name(), EventCatalog.COMMUNE_PARTNERSHIP_CONTACTED.name(),
                EventCatalog.COMMUNE_PARTNERSHIP_ACTIVATED.name(), EventCatalog.COMMUNE_PARTNERSHIP_SUSPENDED.name(),
                EventCatalog.COMMUNE_PARTNERSHIP_REACTIVATED.name());
        assertThat(events.serialise(commune)).allSatisfy(event -> assertThat(event.key()).isEqualTo("17415"));
    }

    @Test
    void refusesEveryStepOutOfOrderWithAFrenchConflict() {
        Commune commune = saintes();
        assertThatThrownBy(() -> commune.recordContactCall("Sophie", null, NOW))
                .isInstanceOf(StateConflictException.class)
                .hasMessage("Impossible d’enregistrer l’appel de la commune : la commune Saintes est « non partenaire » ; "
                        + "il faut qu’elle soit « demande reçue ».");
        commune.requestPartnership(contact, null, NOW);
        assertThatThrownBy(() -> commune.requestPartnership(contact, null, NOW))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("a déjà demandé");
        assertThatThrownBy(() -> commune.activatePartnership("Sophie", null, TODAY, TODAY, TODAY, NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> commune.suspendPartnership("Sophie", "raison", NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> commune.reactivatePartnership("Sophie", null, NOW))
                .isInstanceOf(StateConflictException.class);
        assertThat(commune.partnershipStatus()).isEqualTo(PartnershipStatus.REQUESTED);
        assertThat(events.serialise(commune)).hasSize(1);
    }

    @Test
    void refusesACharterDatedInTheFuture() {
        Commune commune = saintes();
        commune.requestPartnership(contact, null, NOW);
        commune.recordContactCall("Sophie", null, NOW);

        assertThatThrownBy(() -> commune.activatePartnership("Sophie", null, TODAY.plusDays(1), TODAY.plusDays(3),
                TODAY, NOW))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.field())
                        .containsExactly("charterSignedOn", "communicationKitSentOn"));
        assertThat(commune.partnershipStatus()).isEqualTo(PartnershipStatus.CONTACTED);
    }

    @Test
    void onlyAPartnerCommuneAppointsReferentsOncePerEmail() {
        Commune commune = saintes();
        assertThatThrownBy(() -> commune.appointReferent("Paul", "Girard", "paul@exemple.fr", "+33611223344",
                "Adjoint", NOW))
                .isInstanceOf(StateConflictException.class)
                .hasMessageContaining("n’est pas une commune partenaire");

        commune.requestPartnership(contact, null, NOW);
        commune.recordContactCall("Sophie", null, NOW);
        commune.activatePartnership("Sophie", null, TODAY, TODAY, TODAY, NOW);
        Referent paul = commune.appointReferent("Paul", "Girard", "paul@exemple.fr", "+33611223344", "Adjoint", NOW);
        assertThatThrownBy(() -> commune.appointReferent("Pauline", "Girard", "paul@exemple.fr", "+33611223355",
                "Agente", NOW)).isInstanceOf(StateConflictException.class);

        assertThat(commune.actingReferent(paul.id(), "referentId")).isEqualTo(paul);
        commune.removeReferent(paul.id(), NOW);
        assertThat(commune.referents()).isEmpty();
        assertThatThrownBy(() -> commune.removeReferent(paul.id(), NOW))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> commune.actingReferent(paul.id(), "referentId"))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("referentId"));
        assertThat(events.serialise(commune)).extracting(OutboxEvent::type).endsWith(
                EventCatalog.REFERENT_APPOINTED.name(), EventCatalog.REFERENT_REMOVED.name());
    }
}
