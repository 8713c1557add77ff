package fr.heurecivique.matching.domain.matches;

import fr.heurecivique.contracts.match.MatchState;
import fr.heurecivique.contracts.need.NeedSchedule;
import fr.heurecivique.defaults.web.StateConflictException;
import fr.heurecivique.matching.domain.activity.Footprint;
import fr.heurecivique.matching.domain.activity.Months;
import org.springframework.data.mongodb.core.index.Indexed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A match (mise en relation): one volunteer put in touch with one need by a referent, and its lifecycle
 * ({@link MatchStatus}). It lives inside its need's {@link NeedMatches}, whose single-document writes make every
 * change atomic with the others of the need (the slots) and with its events. Illegal steps are
 * {@link StateConflictException}s (409) with a French message.
 */
public class Match {

    @Indexed(name = "match_id")
    private String matchId;
    private long version;
    @Indexed(name = "match_volunteer")
    private String volunteerId;
    private String volunteerName;
    private String volunteerCommuneInsee;
    private String volunteerPartnerCode;
    private MatchStatus status;
    private String proposedBy;
    private Instant proposedAt;
    private Instant expiresAt;
    private double distanceKm;
    private Instant respondedAt;
    private DeclineReason declineReason;
    private String declineNote;
    private Instant completedAt;
    /** "2026-09", Europe/Paris: what the figures group by. */
    private String completedMonth;
    private Integer completedYear;
    private Integer actualMinutes;
    private Party cancelledBy;
    private CancellationReason cancellationReason;
    private String cancellationNote;
    private boolean anonymised;
    private Instant updatedAt;
    /** What it was before it was cancelled or withdrawn ({@code PROPOSED} or {@code ACCEPTED}). */
    private MatchStatus previousStatus;
    /** The date of the occurrence (ISO text): a weekly need has one per matching day; null for older matches. */
    private String occurrence;

    protected Match() {
        // for the mapping
    }

    static Match propose(String volunteerId, String volunteerName, String volunteerCommuneInsee,
            String volunteerPartnerCode, double distanceKm, String proposedBy, LocalDate occurrence, Instant now,
            Instant expiresAt) {
        Match match = new Match();
        match.occurrence = occurrence == null ? null : occurrence.toString();
        match.matchId = UUID.randomUUID().toString();
        match.version = 0;
        match.volunteerId = volunteerId;
        match.volunteerName = volunteerName;
        match.volunteerCommuneInsee = volunteerCommuneInsee;
        match.volunteerPartnerCode = volunteerPartnerCode;
        match.status = MatchStatus.PROPOSED;
        match.proposedBy = proposedBy;
        match.proposedAt = now;
        match.expiresAt = expiresAt;
        match.distanceKm = Math.round(distanceKm * 10) / 10.0;
        match.updatedAt = now;
        return match;
    }

    void accept(Instant now) {
        require(MatchStatus.PROPOSED, "accepter");
        status = MatchStatus.ACCEPTED;
        respondedAt = now;
        changed(now);
    }

    void decline(DeclineReason reason, String note, Instant now) {
        require(MatchStatus.PROPOSED, "décliner");
        status = MatchStatus.DECLINED;
        respondedAt = now;
        declineReason = reason;
        declineNote = note;
        changed(now);
    }

    void expire(Instant now) {
        require(MatchStatus.PROPOSED, "laisser expirer");
        status = MatchStatus.EXPIRED;
        changed(now);
    }

    void withdraw(Instant now) {
        require(MatchStatus.PROPOSED, "retirer");
        previousStatus = status;
        status = MatchStatus.WITHDRAWN;
        cancelledBy = Party.SYSTEM;
        cancellationReason = CancellationReason.NEED_FULL;
        changed(now);
    }

    void cancel(Party by, CancellationReason reason, String note, Instant now) {
        if (!status.pending()) {
            throw conflict("annuler");
        }
        if (by == Party.VOLUNTEER && status == MatchStatus.PROPOSED) {
            throw new StateConflictException("Cette proposition attend encore une réponse : pour ne pas y donner "
                    + "suite, déclinez-la.");
        }
        previousStatus = status;
        status = MatchStatus.CANCELLED;
        cancelledBy = by;
        cancellationReason = reason;
        cancellationNote = note;
        changed(now);
    }

    void complete(int minutes, Instant now) {
        require(MatchStatus.ACCEPTED, "marquer comme réalisée");
        status = MatchStatus.COMPLETED;
        completedAt = now;
        ZonedDateTime local = now.atZone(Months.ZONE);
        completedMonth = Months.label(Months.keyOf(now));
        completedYear = local.getYear();
        actualMinutes = minutes;
        changed(now);
    }

    void noShow(Instant now) {
        require(MatchStatus.ACCEPTED, "marquer comme non honorée");
        status = MatchStatus.NO_SHOW;
        completedAt = now;
        changed(now);
    }

    /** Removes everything that names the volunteer; keeps what the figures count (minutes, month, partner code). */
    void anonymise(Instant now) {
        volunteerId = null;
        volunteerName = null;
        volunteerCommuneInsee = null;
        declineNote = null;
        cancellationNote = null;
        anonymised = true;
        updatedAt = now;
    }

    private void require(MatchStatus expected, String action) {
        if (status != expected) {
            throw conflict(action);
        }
    }

    private StateConflictException conflict(String action) {
        String of = "aeiouéèh".indexOf(action.charAt(0)) >= 0 ? "d’" : "de ";
        return new StateConflictException("Impossible " + of + action + " cette mise en relation : elle est "
                + status.label() + ".");
    }

    private void changed(Instant now) {
        version++;
        updatedAt = now;
    }

    boolean expiredAt(Instant now) {
        return status == MatchStatus.PROPOSED && !now.isBefore(expiresAt);
    }

    /** Whether the volunteer is out of this need's suggestions: proposed, engaged, or said no. */
    boolean excludesVolunteer() {
        return switch (status) {
            case WITHDRAWN -> false;
            case CANCELLED -> cancelledBy == Party.VOLUNTEER;
            default -> true;
        };
    }

    public MatchState state(String needId) {
        return state(needId, null);
    }

    /** The state in the events, saying whether the volunteer lives in the need's commune at its centre. */
    public MatchState state(String needId, String needCommune) {
        return new MatchState(matchId, version, needId, volunteerId, status.name(), proposedBy, proposedAt, expiresAt,
                distanceKm, respondedAt, declineReason == null ? null : declineReason.name(), completedAt,
                actualMinutes, cancelledBy == null ? null : cancelledBy.name(),
                cancellationReason == null ? null : cancellationReason.name(), updatedAt, occurrence(),
                previousStatus == null ? null : previousStatus.name(),
                needCommune == null ? null : sameCommuneCentre(needCommune));
    }

    /** What this match weighs on its volunteer (pledge, rotation, reliability). */
    public Footprint footprint(NeedSchedule schedule, Integer durationMinutes) {
        return Footprint.of(matchId, version, status.name(), proposedAt, respondedAt, completedAt, actualMinutes,
                cancelledBy == null ? null : cancelledBy.name(), schedule, durationMinutes, occurrence());
    }

    /**
     * Whether the distance means nothing: the volunteer lived in the need's commune and both were placed at its
     * centre ("dans votre commune", never "à 0,0 km").
     */
    public boolean sameCommuneCentre(String needCommune) {
        return volunteerCommuneInsee != null && volunteerCommuneInsee.equals(needCommune)
                && distanceKm < fr.heurecivique.matching.domain.ranking.Ranking.SAME_POINT_KM;
    }

    /** The date of the occurrence this match is for; null for a match recorded before occurrences existed. */
    public LocalDate occurrence() {
        return occurrence == null ? null : LocalDate.parse(occurrence);
    }

    public MatchStatus previousStatus() {
        return previousStatus;
    }

    public String matchId() {
        return matchId;
    }

    public long version() {
        return version;
    }

    public String volunteerId() {
        return volunteerId;
    }

    public String volunteerName() {
        return volunteerName;
    }

    public String volunteerCommuneInsee() {
        return volunteerCommuneInsee;
    }

    public String volunteerPartnerCode() {
        return volunteerPartnerCode;
    }

    public MatchStatus status() {
        return status;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public double distanceKm() {
        return distanceKm;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public DeclineReason declineReason() {
        return declineReason;
    }

    public String declineNote() {
        return declineNote;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String completedMonth() {
        return completedMonth;
    }

    public Integer completedYear() {
        return completedYear;
    }

    public Integer actualMinutes() {
        return actualMinutes;
    }

    public Party cancelledBy() {
        return cancelledBy;
    }

    public CancellationReason cancellationReason() {
        return cancellationReason;
    }

    public String cancellationNote() {
        return cancellationNote;
    }

    public boolean anonymised() {
        return anonymised;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
