package fr.heurecivique.commune.needs;

import fr.heurecivique.commune.communes.Commune;
import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.need.NeedCancelled;
import fr.heurecivique.contracts.need.NeedClosed;
import fr.heurecivique.contracts.need.NeedFilled;
import fr.heurecivique.contracts.need.NeedReopened;
import fr.heurecivique.contracts.need.NeedExpired;
import fr.heurecivique.contracts.need.NeedPosted;
import fr.heurecivique.contracts.need.NeedState;
import fr.heurecivique.contracts.need.NeedUpdated;
import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import fr.heurecivique.defaults.outbox.OutboxAggregate;
import fr.heurecivique.defaults.web.FieldProblem;
import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.defaults.web.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A need recorded by a referent of a partner commune: help that a resident beneficiary (individual need) or a local
 * association (organised need) is looking for, somewhere, at some time. Each change records its event (topic
 * {@code need.events}, key = need id, carrying the whole {@link NeedState}) in the document's own outbox, saved in
 * the same write. A need never holds its beneficiary's contact details, only their id.
 */
@Document("needs")
public class Need extends OutboxAggregate {

    @Id
    private String id;
    @Indexed(name = "need_commune")
    private String communeInsee;
    private String title;
    private KindOfHelp kind;
    private String description;
    private NeedMode mode;
    @Indexed(name = "need_beneficiary")
    private String beneficiaryId;
    private String associationId;
    private String associationName;
    private PlaceKind placeKind;
    private String placeAddress;
    private double latitude;
    private double longitude;
    private boolean locatedAtCommuneCentre;
    private Schedule schedule;
    private int durationMinutes;
    private int volunteersNeeded;
    private Urgency urgency;
    @Indexed(name = "need_status")
    private NeedStatus status;
    private CancellationReason cancellationReason;
    private String cancellationNote;
    private Instant cancelledAt;
    /** The referent who posted it. */
    private String postedBy;
    private Instant postedAt;
    private Instant updatedAt;
    /** When its last occurrence ends (for expiry). */
    private Instant endsAt;
    /** The version of the need's matches (matching-service's {@code matchingVersion}) last followed. */
    private Long matchingVersion;
    /** The matches accepted or completed, as matching-service last reported them (null before the first report). */
    private Integer matchesAccepted;
    /** The matches completed, as matching-service last reported them. */
    private Integer matchesCompleted;

    protected Need() {
        // for the mapping
    }

    /**
     * A referent of a partner commune posts a need: {@link NeedStatus#OPEN}. A commune that is not a partner is a
     * conflict (409); a need that breaks the rules (a time window in the past, a duration out of 1 min–8 h…) is
     * refused naming each field (400).
     */
    public static Need post(Commune commune, Recipient recipient, NeedDetails details, String referentId,
            Instant now) {
        commune.requirePartner("publier un besoin");
        Need need = new Need();
        need.id = UUID.randomUUID().toString();
        need.communeInsee = commune.inseeCode();
        need.mode = recipient.mode();
        need.beneficiaryId = recipient.beneficiaryId();
        need.associationId = recipient.associationId();
        need.associationName = recipient.associationName();
        need.apply(details, commune, recipient, now);
        need.status = NeedStatus.OPEN;
        need.postedBy = referentId;
        need.postedAt = now;
        need.record(EventCatalog.NEED_POSTED, new NeedPosted(need.stateAt(need.nextVersion())));
        return need;
    }

    /**
     * A referent changes an open need (its recipient never changes). Returns whether anything changed; only a change
     * publishes NeedUpdated.
     */
    public boolean revise(NeedDetails details, Commune commune, Recipient recipient, Instant now) {
        if (status != NeedStatus.OPEN) {
            throw new StateConflictException("Seul un besoin ouvert peut être modifié ; celui-ci est « "
                    + status.label() + " ».");
        }
        if (details.equals(details())) {
            return false;
        }
        apply(details, commune, recipient, now);
        record(EventCatalog.NEED_UPDATED, new NeedUpdated(stateAt(nextVersion())));
        return true;
    }

    /**
     * The commune cancels an open or in-progress need, with a reason (a note is required for {@code OTHER}): it is no
     * longer matched, and its pending matches are cancelled by matching-service.
     */
    public void cancel(CancellationReason reason, String note, Instant now) {
        if (status != NeedStatus.OPEN && status != NeedStatus.IN_PROGRESS) {
            throw new StateConflictException("Ce besoin est « " + status.label() + " » : seul un besoin ouvert ou en "
                    + "cours peut être annulé.");
        }
        if (reason == CancellationReason.OTHER && (note == null || note.isBlank())) {
            throw new InvalidFieldsException("note", "précisez la raison de l’annulation (raison OTHER)");
        }
        status = NeedStatus.CANCELLED;
        cancellationReason = reason;
        cancellationNote = note;
        cancelledAt = now;
        updatedAt = now;
        record(EventCatalog.NEED_CANCELLED, new NeedCancelled(stateAt(nextVersion())));
    }

    /**
     * A need whose last occurrence has ended: with help given (matching reported completed matches) and no accepted
     * match left to record, it is done (NeedClosed) — a need for three that only one volunteer could do, a weekly
     * need whose last dates found nobody; with no help given, an open need expires. While an accepted match waits
     * for its outcome to be recorded, it stays as it is. Returns whether the need changed.
     */
    public boolean expireIfOverdue(Instant now) {
        if ((status != NeedStatus.OPEN && status != NeedStatus.IN_PROGRESS) || endsAt.isAfter(now)) {
            return false;
        }
        int completed = matchesCompleted == null ? 0 : matchesCompleted;
        int ongoing = matchesAccepted == null ? 0 : matchesAccepted - completed;
        if (ongoing > 0) {
            return false;
        }
        if (completed > 0) {
            status = NeedStatus.DONE;
            updatedAt = now;
            record(EventCatalog.NEED_CLOSED, new NeedClosed(stateAt(nextVersion())));
            return true;
        }
        if (status != NeedStatus.OPEN) {
            return false;
        }
        status = NeedStatus.EXPIRED;
        updatedAt = now;
        record(EventCatalog.NEED_EXPIRED, new NeedExpired(stateAt(nextVersion())));
        return true;
    }

    /**
     * Follows where the need stands with its matches, as matching-service reports it on {@code match.events}: full →
     * {@code IN_PROGRESS} (NeedFilled); done → {@code DONE} (NeedClosed); an in-progress need no longer full nor done →
     * {@code OPEN} again (NeedReopened). A report older than the last one followed, or about a need that is cancelled,
     * expired or done, changes nothing. Returns whether the need changed.
     */
    public boolean followMatches(long reportedVersion, boolean full, boolean done, Instant now) {
        return followMatches(reportedVersion, full, done, null, null, now);
    }

    /**
     * As {@link #followMatches(long, boolean, boolean, Instant)}, keeping the counts matching reported
     * (accepted or completed, completed): what the expiry job needs to close rather than expire a need past its date.
     */
    public boolean followMatches(long reportedVersion, boolean full, boolean done, Integer accepted,
            Integer completed, Instant now) {
        if (matchingVersion != null && reportedVersion <= matchingVersion) {
            return false;
        }
        matchingVersion = reportedVersion;
        matchesAccepted = accepted;
        matchesCompleted = completed;
        NeedStatus next = status;
        if (status == NeedStatus.OPEN || status == NeedStatus.IN_PROGRESS) {
            if (done) {
                next = NeedStatus.DONE;
            } else if (full) {
                next = NeedStatus.IN_PROGRESS;
            } else {
                next = NeedStatus.OPEN;
            }
        }
        if (next == status) {
            return true; // the version followed is saved, no event
        }
        status = next;
        updatedAt = now;
        long version = nextVersion();
        switch (next) {
            case DONE -> record(EventCatalog.NEED_CLOSED, new NeedClosed(stateAt(version)));
            case IN_PROGRESS -> record(EventCatalog.NEED_FILLED, new NeedFilled(stateAt(version)));
            default -> record(EventCatalog.NEED_REOPENED, new NeedReopened(stateAt(version)));
        }
        return true;
    }

    public Long matchingVersion() {
        return matchingVersion;
    }

    private void apply(NeedDetails details, Commune commune, Recipient recipient, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        Place place = Place.of(details.placeAddress(), details.placeLatitude(), details.placeLongitude(),
                recipient.mode(), commune, problems);
        details.check(recipient, now, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        title = details.title();
        kind = details.kind();
        description = details.description();
        placeKind = place.kind();
        placeAddress = place.address();
        latitude = place.latitude();
        longitude = place.longitude();
        locatedAtCommuneCentre = place.locatedAtCommuneCentre();
        schedule = details.schedule();
        durationMinutes = details.durationMinutes();
        volunteersNeeded = details.volunteersNeeded();
        urgency = details.urgency();
        endsAt = schedule.endsAt();
        updatedAt = now;
    }

    /** The details as they stand, for a change that keeps some of them. */
    public NeedDetails details() {
        return new NeedDetails(title, kind, description, placeAddress,
                locatedAtCommuneCentre ? null : latitude, locatedAtCommuneCentre ? null : longitude, schedule,
                durationMinutes, volunteersNeeded, urgency);
    }

    NeedState stateAt(long aggregateVersion) {
        double[] coordinates = new Place(placeKind, placeAddress, latitude, longitude, locatedAtCommuneCentre)
                .published(mode);
        // Null-safe for the needs of the walking skeleton, recorded before modes, places and schedules existed.
        return new NeedState(id, aggregateVersion, communeInsee, title, kind.name(), description, status.name(),
                coordinates[0], coordinates[1], postedAt, name(mode), beneficiaryId, associationId, associationName,
                name(placeKind), locatedAtCommuneCentre, schedule == null ? null : schedule.toContract(),
                durationMinutes == 0 ? null : durationMinutes, volunteersNeeded == 0 ? null : volunteersNeeded,
                name(urgency), name(cancellationReason), updatedAt);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    @Override
    public String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public String communeInsee() {
        return communeInsee;
    }

    public String title() {
        return title;
    }

    public KindOfHelp kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public NeedMode mode() {
        return mode;
    }

    public String beneficiaryId() {
        return beneficiaryId;
    }

    public String associationId() {
        return associationId;
    }

    public String associationName() {
        return associationName;
    }

    public PlaceKind placeKind() {
        return placeKind;
    }

    public String placeAddress() {
        return placeAddress;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public boolean locatedAtCommuneCentre() {
        return locatedAtCommuneCentre;
    }

    public Schedule schedule() {
        return schedule;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public int volunteersNeeded() {
        return volunteersNeeded;
    }

    public Urgency urgency() {
        return urgency;
    }

    public NeedStatus status() {
        return status;
    }

    public CancellationReason cancellationReason() {
        return cancellationReason;
    }

    public String cancellationNote() {
        return cancellationNote;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String postedBy() {
        return postedBy;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Need need && Objects.equals(id, need.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
