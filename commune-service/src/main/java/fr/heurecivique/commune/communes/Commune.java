package fr.heurecivique.commune.communes;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.commune.CommunePartnershipActivated;
import fr.heurecivique.contracts.commune.CommunePartnershipContacted;
import fr.heurecivique.contracts.commune.CommunePartnershipReactivated;
import fr.heurecivique.contracts.commune.CommunePartnershipRequested;
import fr.heurecivique.contracts.commune.CommunePartnershipSuspended;
import fr.heurecivique.contracts.commune.CommuneState;
import fr.heurecivique.contracts.commune.ReferentAppointed;
import fr.heurecivique.contracts.commune.ReferentRemoved;
import fr.heurecivique.defaults.outbox.OutboxAggregate;
import fr.heurecivique.defaults.web.FieldProblem;
import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.defaults.web.ResourceNotFoundException;
import fr.heurecivique.defaults.web.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A commune of Charente-Maritime, keyed by its INSEE code: reference data (name, postal codes, population, centre)
 * loaded from the INSEE code officiel géographique, plus its standing in the scheme — the partnership lifecycle with
 * its history, and the local referents of a partner commune. Each change records its event (topic
 * {@code commune.events}, key = INSEE code) in the document's own outbox, saved in the same write.
 */
@Document("communes")
public class Commune extends OutboxAggregate {

    @Id
    private String inseeCode;
    private String name;
    /** The name as searched ({@link SearchKeys}). */
    private String searchKey;
    private List<String> postalCodes;
    private int population;
    private double latitude;
    private double longitude;
    @Indexed(name = "partnership_status")
    private PartnershipStatus partnershipStatus = PartnershipStatus.NONE;
    private Partnership partnership;
    private List<Referent> referents = new ArrayList<>();

    protected Commune() {
        // for the mapping
    }

    /** A commune as the reference data describes it, not (yet) in the scheme. */
    public static Commune fromReference(fr.heurecivique.referencedata.Commune reference) {
        Commune commune = new Commune();
        commune.inseeCode = reference.inseeCode();
        commune.name = reference.name();
        commune.searchKey = SearchKeys.normalise(reference.name());
        commune.postalCodes = reference.postalCodes();
        commune.population = reference.population();
        commune.latitude = reference.latitude();
        commune.longitude = reference.longitude();
        return commune;
    }

    // ------------------------------------------------------------------ partnership

    /** The public request "devenez commune partenaire": {@code NONE → REQUESTED}. */
    public void requestPartnership(TownHallContact contact, String message, Instant now) {
        if (partnershipStatus != PartnershipStatus.NONE) {
            throw new StateConflictException("La commune " + name + " a déjà demandé à devenir partenaire ou l’est "
                    + "déjà (statut actuel : « " + partnershipStatus.label() + " »).");
        }
        partnership = new Partnership(contact, message, now);
        move(PartnershipStatus.REQUESTED, now, contact.signature(), message);
        record(EventCatalog.COMMUNE_PARTNERSHIP_REQUESTED,
                new CommunePartnershipRequested(stateAt(nextVersion()), contact.toContract(), message, now));
    }

    /** A coordinator called the commune and explained the scheme: {@code REQUESTED → CONTACTED}. */
    public void recordContactCall(String recordedBy, String note, Instant now) {
        require(PartnershipStatus.REQUESTED, "enregistrer l’appel de la commune");
        PartnershipStep step = move(PartnershipStatus.CONTACTED, now, recordedBy, note);
        record(EventCatalog.COMMUNE_PARTNERSHIP_CONTACTED,
                new CommunePartnershipContacted(stateAt(nextVersion()), step.toContract()));
    }

    /**
     * The charter is signed and the communication kit sent: {@code CONTACTED → PARTNER}. Neither date may be after
     * {@code today}.
     */
    public void activatePartnership(String recordedBy, String note, LocalDate charterSignedOn,
            LocalDate communicationKitSentOn, LocalDate today, Instant now) {
        require(PartnershipStatus.CONTACTED, "activer le partenariat");
        List<FieldProblem> problems = new ArrayList<>();
        if (charterSignedOn.isAfter(today)) {
            problems.add(new FieldProblem("charterSignedOn", "ne peut pas être dans le futur"));
        }
        if (communicationKitSentOn.isAfter(today)) {
            problems.add(new FieldProblem("communicationKitSentOn", "ne peut pas être dans le futur"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        partnership.charter(charterSignedOn, communicationKitSentOn);
        PartnershipStep step = move(PartnershipStatus.PARTNER, now, recordedBy, note);
        record(EventCatalog.COMMUNE_PARTNERSHIP_ACTIVATED,
                new CommunePartnershipActivated(stateAt(nextVersion()), step.toContract(),
                        partnership.contact().toContract(), charterSignedOn, communicationKitSentOn));
    }

    /** The partnership is put on hold: {@code PARTNER → SUSPENDED}. The referents stay, but may not post needs. */
    public void suspendPartnership(String recordedBy, String reason, Instant now) {
        require(PartnershipStatus.PARTNER, "suspendre le partenariat");
        PartnershipStep step = move(PartnershipStatus.SUSPENDED, now, recordedBy, reason);
        record(EventCatalog.COMMUNE_PARTNERSHIP_SUSPENDED,
                new CommunePartnershipSuspended(stateAt(nextVersion()), step.toContract()));
    }

    /** A suspended commune is a partner again: {@code SUSPENDED → PARTNER}. */
    public void reactivatePartnership(String recordedBy, String note, Instant now) {
        require(PartnershipStatus.SUSPENDED, "réactiver le partenariat");
        PartnershipStep step = move(PartnershipStatus.PARTNER, now, recordedBy, note);
        record(EventCatalog.COMMUNE_PARTNERSHIP_REACTIVATED,
                new CommunePartnershipReactivated(stateAt(nextVersion()), step.toContract(),
                        partnership.contact().toContract()));
    }

    /** Refuses, with a French 409, an action that only a partner commune may take. */
    public void requirePartner(String action) {
        if (!isPartner()) {
            throw new StateConflictException("La commune " + name + " n’est pas une commune partenaire (statut : « "
                    + partnershipStatus.label() + " ») : " + action + " n’est possible que dans une commune "
                    + "partenaire.");
        }
    }

    public boolean isPartner() {
        return partnershipStatus == PartnershipStatus.PARTNER;
    }

    private void require(PartnershipStatus required, String action) {
        if (partnershipStatus != required) {
            String impossible = "aeiouyéèêàâîô".indexOf(action.charAt(0)) >= 0 ? "Impossible d’" : "Impossible de ";
            throw new StateConflictException(impossible + action + " : la commune " + name + " est « "
                    + partnershipStatus.label() + " » ; il faut qu’elle soit « " + required.label() + " ».");
        }
    }

    private PartnershipStep move(PartnershipStatus to, Instant now, String recordedBy, String note) {
        PartnershipStep step = new PartnershipStep(partnershipStatus, to, now, recordedBy, note);
        partnership.record(step);
        partnershipStatus = to;
        return step;
    }

    // ------------------------------------------------------------------ referents

    /** A partner commune appoints a local referent; their email may be used once per commune. */
    public Referent appointReferent(String firstName, String lastName, String email, String phone, String role,
            Instant now) {
        requirePartner("nommer un référent");
        if (referents.stream().anyMatch(referent -> referent.email().equals(email))) {
            throw new StateConflictException("Cette adresse e-mail est déjà celle d’un référent de la commune "
                    + name + ".");
        }
        Referent referent = new Referent(UUID.randomUUID().toString(), firstName, lastName, email, phone, role, now);
        referents.add(referent);
        record(EventCatalog.REFERENT_APPOINTED, new ReferentAppointed(stateAt(nextVersion()), referent.toContract()));
        return referent;
    }

    /** A referent leaves their role (whatever the partnership's status). */
    public void removeReferent(String referentId, Instant now) {
        Referent referent = referent(referentId).orElseThrow(() -> new ResourceNotFoundException(
                "Aucun référent de la commune " + name + " n’a cet identifiant."));
        referents.remove(referent);
        record(EventCatalog.REFERENT_REMOVED, new ReferentRemoved(stateAt(nextVersion()), referentId, now));
    }

    public Optional<Referent> referent(String referentId) {
        return referents.stream().filter(referent -> referent.id().equals(referentId)).findFirst();
    }

    /**
     * Checks that {@code referentId} is one of this partner commune's referents, the one who acts; a bad id is a 400
     * naming {@code field}.
     */
    public Referent actingReferent(String referentId, String field) {
        return referent(referentId).orElseThrow(() -> new InvalidFieldsException(field,
                "doit être l’identifiant d’un référent de la commune " + name));
    }

    // ------------------------------------------------------------------ state

    private CommuneState stateAt(long aggregateVersion) {
        return new CommuneState(inseeCode, aggregateVersion, name, partnershipStatus.name());
    }

    @Override
    public String aggregateId() {
        return inseeCode;
    }

    public String inseeCode() {
        return inseeCode;
    }

    public String name() {
        return name;
    }

    public String searchKey() {
        return searchKey;
    }

    public List<String> postalCodes() {
        return postalCodes;
    }

    public int population() {
        return population;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public PartnershipStatus partnershipStatus() {
        return partnershipStatus;
    }

    /** The partnership's request and history, if the commune ever asked. */
    public Optional<Partnership> partnership() {
        return Optional.ofNullable(partnership);
    }

    public List<Referent> referents() {
        return List.copyOf(referents);
    }
}
