package fr.heurecivique.matching.domain.matches;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.EventType;
import fr.heurecivique.contracts.match.MatchAccepted;
import fr.heurecivique.contracts.match.MatchCancelled;
import fr.heurecivique.contracts.match.MatchCompleted;
import fr.heurecivique.contracts.match.MatchDeclined;
import fr.heurecivique.contracts.match.MatchExpired;
import fr.heurecivique.contracts.match.MatchNeed;
import fr.heurecivique.contracts.match.MatchNoShow;
import fr.heurecivique.contracts.match.MatchProposed;
import fr.heurecivique.contracts.match.MatchState;
import fr.heurecivique.contracts.match.MatchWithdrawn;
import fr.heurecivique.contracts.match.VolunteerMonth;
import fr.heurecivique.defaults.outbox.OutboxAggregate;
import fr.heurecivique.defaults.web.ResourceNotFoundException;
import fr.heurecivique.defaults.web.StateConflictException;
import fr.heurecivique.matching.domain.volunteers.Volunteer;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A need and its matches: the aggregate of the mise en relation. One MongoDB document per need holds the latest
 * state of the need (from {@code need.events}), every match proposed for it, and the outbox of their events, so that
 * each change — a proposal, an answer, a cancellation of every pending match of a cancelled need, an acceptance that
 * fills the need and withdraws the other proposals — is one atomic, version-checked write. That is what keeps two
 * volunteers accepting the last slot at the same time from both getting it: the second write fails its version
 * check, is applied again to the fresh document and finds the need full. (The embedded MongoDB has no transactions,
 * and none are needed.)
 *
 * <p>Every transition records its event on {@code match.events}, keyed by the need id, carrying the match's state and
 * the need's summary ({@link MatchNeed}: slots taken, full, done).
 */
@Document("need_matches")
public class NeedMatches extends OutboxAggregate {

    @Id
    private String id;
    private NeedSnapshot need;
    private List<Match> matches = new ArrayList<>();
    private Instant createdAt;
    private Instant updatedAt;
    /** The matches changed since this object was loaded, for the in-memory activity of their volunteers. */
    @Transient
    private List<Match> changed = new ArrayList<>();

    protected NeedMatches() {
        // for the mapping
    }

    /** The first state of a need that matching hears of. */
    public static NeedMatches of(String needId, NeedSnapshot need, Instant now) {
        NeedMatches board = new NeedMatches();
        board.id = needId;
        board.need = need;
        board.createdAt = now;
        board.updatedAt = now;
        return board;
    }

    // ------------------------------------------------------------------------------------------------ the need

    /**
     * A newer state of the need: a cancelled or expired need cancels its pending matches; a need that now wants fewer
     * volunteers than have accepted withdraws its remaining proposals.
     *
     * @return whether it was newer than the one held (an older or repeated state changes nothing)
     */
    public boolean applyNeed(NeedSnapshot next, Instant now) {
        if (next.version() <= need.version()) {
            return false;
        }
        need = next;
        updatedAt = now;
        switch (next.status()) {
            case "CANCELLED" -> pending().forEach(match -> cancel(match, Party.SYSTEM,
                    CancellationReason.NEED_CANCELLED, null, now));
            case "EXPIRED" -> pending().forEach(match -> cancel(match, Party.SYSTEM, CancellationReason.NEED_EXPIRED,
                    null, now));
            default -> withdrawIfFull(now);
        }
        return true;
    }

    // ----------------------------------------------------------------------------------------------- proposing

    /**
     * A referent proposes a volunteer: the need must be open and not yet full, and the volunteer not already
     * proposed, engaged, or someone who said no. The volunteer's other rules (perimeter…) are the ranking's.
     */
    public Match propose(Volunteer volunteer, double distanceKm, String proposedBy, Duration validity, Instant now) {
        return propose(volunteer, distanceKm, proposedBy, null, validity, now);
    }

    /**
     * A referent proposes a volunteer for one date of the need ({@code occurrence}; by default the first date still
     * to come that has a place left). The answer is due {@code validity} after the proposal, and never later than
     * the start of that date: a Friday 9:00 mission proposed on Thursday cannot wait for an answer until Sunday.
     */
    public Match propose(Volunteer volunteer, double distanceKm, String proposedBy, LocalDate occurrence,
            Duration validity, Instant now) {
        // Matching decides whether the need is full: an in-progress need that lost a volunteer takes proposals again
        // before commune-service's NeedReopened comes back.
        boolean inProgressWithRoom = "IN_PROGRESS".equals(need.status()) && !full(now);
        if (!need.isOpen() && !inProgressWithRoom) {
            throw new StateConflictException(switch (need.status()) {
                case "IN_PROGRESS" -> "Ce besoin a déjà tous ses bénévoles.";
                case "CANCELLED" -> "Ce besoin a été annulé.";
                case "EXPIRED" -> "La date de ce besoin est passée.";
                case "DONE" -> "Ce besoin a été réalisé.";
                default -> "Ce besoin n’est plus ouvert.";
            });
        }
        LocalDate date = occurrenceFor(occurrence, now);
        if (excludedVolunteers(date).contains(volunteer.id())) {
            throw new StateConflictException(need.occurrences().size() > 1
                    ? "Ce bénévole a déjà été proposé pour cette date (ou l’a déclinée)."
                    : "Ce bénévole a déjà été proposé pour ce besoin (ou l’a décliné).");
        }
        Instant expiresAt = now.plus(validity);
        Optional<Instant> start = need.startOf(date);
        if (start.isPresent() && start.get().isBefore(expiresAt)) {
            expiresAt = start.get();
        }
        Match match = Match.propose(volunteer.id(), volunteer.displayName(), volunteer.communeInsee(),
                volunteer.partnerCode(), distanceKm, proposedBy, date, now, expiresAt);
        matches.add(match);
        changed(match, now);
        recordMatch(EventCatalog.MATCH_PROPOSED, match, MatchProposed::new, now);
        return match;
    }

    /**
     * The date a proposal is for: the one asked for — which must be a date of the need, still to come, with a place
     * left — or the first such date. {@code null} for a need recorded without a schedule.
     */
    public LocalDate occurrenceFor(LocalDate requested, Instant now) {
        List<LocalDate> dates = need.occurrences();
        if (dates.isEmpty()) {
            if (slotsTaken() >= need.volunteersWanted()) {
                throw new StateConflictException("Ce besoin a déjà tous ses bénévoles.");
            }
            return null;
        }
        boolean once = dates.size() == 1;
        if (requested != null) {
            if (!dates.contains(requested)) {
                throw new StateConflictException("Ce besoin n’a pas lieu le " + need.startLabel(requested)
                        .replaceFirst(" à .*$", "") + " : choisissez une de ses dates.");
            }
            if (!startsAfter(requested, now)) {
                throw new StateConflictException(once ? "La date de ce besoin est passée."
                        : "Cette date est commencée ou passée : on ne peut plus y proposer de bénévole.");
            }
            if (takenOn(requested) >= need.volunteersWanted()) {
                throw new StateConflictException(once ? "Ce besoin a déjà tous ses bénévoles."
                        : "Ce besoin a déjà tous ses bénévoles pour le " + need.startLabel(requested) + ".");
            }
            return requested;
        }
        return nextOpenOccurrence(now).orElseThrow(() -> new StateConflictException(
                dates.stream().anyMatch(date -> startsAfter(date, now)) ? "Ce besoin a déjà tous ses bénévoles."
                        : "La date de ce besoin est passée."));
    }

    /** The first date still to come that has a place left. */
    public Optional<LocalDate> nextOpenOccurrence(Instant now) {
        return need.occurrences().stream().filter(date -> startsAfter(date, now)
                && takenOn(date) < need.volunteersWanted()).findFirst();
    }

    private boolean startsAfter(LocalDate date, Instant now) {
        return need.startOf(date).map(start -> start.isAfter(now)).orElse(true);
    }

    /** The date a match counts for: its own, or for a match recorded before dates existed, the need's first one. */
    private LocalDate occurrenceOf(Match match) {
        if (match.occurrence() != null) {
            return match.occurrence();
        }
        List<LocalDate> dates = need.occurrences();
        return dates.isEmpty() ? null : dates.get(0);
    }

    /** The places taken (accepted or completed) on {@code date}. */
    private int takenOn(LocalDate date) {
        return (int) matches.stream().filter(match -> match.status().takesSlot()
                && Objects.equals(occurrenceOf(match), date)).count();
    }

    private int completedOn(LocalDate date) {
        return (int) matches.stream().filter(match -> match.status() == MatchStatus.COMPLETED
                && Objects.equals(occurrenceOf(match), date)).count();
    }

    /** A mission is recorded (completed, or not honoured) only once it has started. */
    private void requireStarted(Match match, Instant now, String outcome) {
        LocalDate date = occurrenceOf(match);
        need.startOf(date).filter(start -> now.isBefore(start)).ifPresent(start -> {
            throw new StateConflictException("Cette mission commence le " + need.startLabel(date) + " : elle ne "
                    + "peut être marquée comme " + outcome + " qu’à partir de ce moment.");
        });
    }

    // -------------------------------------------------------------------------------------------- transitions

    /** What became of an answer that could not be taken. */
    public enum Refusal {
        /** The proposal had expired: it is now recorded as such. */
        EXPIRED("Cette proposition a expiré : elle n’attend plus de réponse."),
        /** The need was full: the proposal is now withdrawn. */
        FULL("Ce besoin a déjà tous ses bénévoles : la proposition est retirée.");

        private final String message;

        Refusal(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /**
     * The volunteer accepts. When that fills the need, its other proposals are withdrawn. A proposal past its expiry,
     * or for a need that is full meanwhile, is expired or withdrawn instead (to be saved, then answered 409).
     */
    public Optional<Refusal> accept(String matchId, Instant now) {
        Match match = match(matchId);
        if (match.expiredAt(now)) {
            expire(match, now);
            return Optional.of(Refusal.EXPIRED);
        }
        if (match.status() == MatchStatus.PROPOSED && takenOn(occurrenceOf(match)) >= need.volunteersWanted()) {
            withdraw(match, now);
            return Optional.of(Refusal.FULL);
        }
        match.accept(now);
        changed(match, now);
        recordMatch(EventCatalog.MATCH_ACCEPTED, match, MatchAccepted::new, now);
        withdrawIfFull(now);
        return Optional.empty();
    }

    /** The volunteer declines (a proposal past its expiry is expired instead). */
    public Optional<Refusal> decline(String matchId, DeclineReason reason, String note, Instant now) {
        Match match = match(matchId);
        if (match.expiredAt(now)) {
            expire(match, now);
            return Optional.of(Refusal.EXPIRED);
        }
        match.decline(reason == null ? DeclineReason.OTHER : reason, note, now);
        changed(match, now);
        recordMatch(EventCatalog.MATCH_DECLINED, match, MatchDeclined::new, now);
        return Optional.empty();
    }

    /**
     * The referent records the help as given, with its actual duration.
     *
     * @param minutesElsewhere the volunteer's minutes completed in the same month on other needs, for the event
     * @param pledgeHours      the volunteer's monthly pledge, when known
     */
    public void complete(String matchId, int minutes, int minutesElsewhere, Integer pledgeHours, Instant now) {
        Match match = match(matchId);
        if (match.status() == MatchStatus.ACCEPTED) {
            requireStarted(match, now, "réalisée");
        }
        match.complete(minutes, now);
        changed(match, now);
        VolunteerMonth month = null;
        if (match.volunteerId() != null) {
            int here = matches.stream().filter(other -> match.volunteerId().equals(other.volunteerId())
                    && other.status() == MatchStatus.COMPLETED && match.completedMonth().equals(other.completedMonth()))
                    .mapToInt(Match::actualMinutes).sum();
            month = new VolunteerMonth(match.completedMonth(), minutesElsewhere + here, pledgeHours);
        }
        VolunteerMonth volunteerMonth = month;
        recordMatch(EventCatalog.MATCH_COMPLETED, match, (state, summary) -> new MatchCompleted(state, summary,
                volunteerMonth), now);
    }

    /** The volunteer (an accepted match) or the referent (a proposed or accepted one) cancels it. */
    public void cancel(String matchId, Party by, CancellationReason reason, String note, Instant now) {
        cancel(match(matchId), by, reason == null ? CancellationReason.OTHER : reason, note, now);
    }

    /** The referent records that the volunteer did not come. */
    public void noShow(String matchId, Instant now) {
        Match match = match(matchId);
        if (match.status() == MatchStatus.ACCEPTED) {
            requireStarted(match, now, "non honorée");
        }
        match.noShow(now);
        changed(match, now);
        recordMatch(EventCatalog.MATCH_NO_SHOW, match, MatchNoShow::new, now);
    }

    /** Expires the proposals left unanswered past their expiry; returns how many. */
    public int expireDue(Instant now) {
        int expired = 0;
        for (Match match : List.copyOf(matches)) {
            if (match.expiredAt(now)) {
                expire(match, now);
                expired++;
            }
        }
        return expired;
    }

    /** A withdrawn volunteer's pending matches are cancelled. Returns whether any was. */
    public boolean volunteerWithdrew(String volunteerId, Instant now) {
        List<Match> theirs = pending().stream().filter(match -> volunteerId.equals(match.volunteerId())).toList();
        theirs.forEach(match -> cancel(match, Party.SYSTEM, CancellationReason.VOLUNTEER_WITHDRAWN, null, now));
        return !theirs.isEmpty();
    }

    /**
     * A volunteer's new state: withdrawn, their pending matches are cancelled; paused, or living in another commune
     * than when they were proposed, their proposals still waiting for an answer are withdrawn
     * ({@code VOLUNTEER_PAUSED}, {@code VOLUNTEER_MOVED}, published as MatchCancelled so that the referent is told).
     * A mission they accepted stays theirs: a French public service keeps the word given, and the volunteer may cancel
     * it. Returns whether any match changed.
     */
    public boolean volunteerChanged(String volunteerId, String status, String communeInsee, Instant now) {
        if ("WITHDRAWN".equals(status)) {
            return volunteerWithdrew(volunteerId, now);
        }
        boolean changedAny = false;
        for (Match match : List.copyOf(matches)) {
            if (!volunteerId.equals(match.volunteerId()) || match.status() != MatchStatus.PROPOSED) {
                continue;
            }
            if ("PAUSED".equals(status)) {
                cancel(match, Party.SYSTEM, CancellationReason.VOLUNTEER_PAUSED, null, now);
                changedAny = true;
            } else if (communeInsee != null && match.volunteerCommuneInsee() != null
                    && !communeInsee.equals(match.volunteerCommuneInsee())) {
                cancel(match, Party.SYSTEM, CancellationReason.VOLUNTEER_MOVED, null, now);
                changedAny = true;
            }
        }
        return changedAny;
    }

    /**
     * An erased volunteer: their pending matches are cancelled (the events no longer name them), then every match of
     * theirs is anonymised — the minutes, the month and the partner code stay in the figures. Returns whether
     * anything changed.
     */
    public boolean forgetVolunteer(String volunteerId, Instant now) {
        List<Match> theirs = matches.stream().filter(match -> volunteerId.equals(match.volunteerId())).toList();
        if (theirs.isEmpty()) {
            return false;
        }
        theirs.forEach(match -> match.anonymise(now));
        theirs.stream().filter(match -> match.status().pending()).forEach(match -> cancel(match, Party.SYSTEM,
                CancellationReason.VOLUNTEER_ERASED, null, now));
        updatedAt = now;
        return true;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void cancel(Match match, Party by, CancellationReason reason, String note, Instant now) {
        match.cancel(by, reason, note, now);
        changed(match, now);
        recordMatch(EventCatalog.MATCH_CANCELLED, match, MatchCancelled::new, now);
    }

    private void expire(Match match, Instant now) {
        match.expire(now);
        changed(match, now);
        recordMatch(EventCatalog.MATCH_EXPIRED, match, MatchExpired::new, now);
    }

    private void withdraw(Match match, Instant now) {
        match.withdraw(now);
        changed(match, now);
        recordMatch(EventCatalog.MATCH_WITHDRAWN, match, MatchWithdrawn::new, now);
    }

    /** The proposals for a date whose places are all taken are withdrawn. */
    private void withdrawIfFull(Instant now) {
        matches.stream().filter(match -> match.status() == MatchStatus.PROPOSED
                && takenOn(occurrenceOf(match)) >= need.volunteersWanted()).toList()
                .forEach(match -> withdraw(match, now));
    }

    private <T> void recordMatch(EventType<T> type, Match match, BiFunction<MatchState, MatchNeed, T> data,
            Instant now) {
        record(type, data.apply(match.state(id, need.communeInsee()), summary(now)));
    }

    private void changed(Match match, Instant now) {
        changed.remove(match);
        changed.add(match);
        updatedAt = now;
    }

    private List<Match> pending() {
        return matches.stream().filter(match -> match.status().pending()).toList();
    }

    public Match match(String matchId) {
        return matches.stream().filter(match -> match.matchId().equals(matchId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("Aucune mise en relation n’a cet identifiant."));
    }

    /** The need's summary in its match events, as it stands at {@code now} after the change being recorded. */
    public MatchNeed summary(Instant now) {
        return new MatchNeed(id, need.title(), need.kind(), need.mode(), need.communeInsee(), need.communeName(),
                need.placeKind(), need.placeLabel(), need.associationName(), need.schedule(), need.whenLabel(),
                need.durationMinutes(), need.volunteersWanted(), slotsTaken(), completed(), full(now), done(now),
                nextVersion(), Math.max(1, need.occurrences().size()), placesNeeded(), placesDone(),
                placesLeft(now), need.endedAt(now));
    }

    /** Volunteers out of this need's suggestions on any of its dates: proposed, engaged, or who said no. */
    public Set<String> excludedVolunteers() {
        Set<String> excluded = new HashSet<>();
        matches.stream().filter(Match::excludesVolunteer).map(Match::volunteerId)
                .filter(Objects::nonNull).forEach(excluded::add);
        return excluded;
    }

    /** Volunteers out of the suggestions for one date: proposed, engaged, or who said no for that date. */
    public Set<String> excludedVolunteers(LocalDate occurrence) {
        Set<String> excluded = new HashSet<>();
        matches.stream().filter(match -> match.excludesVolunteer()
                && Objects.equals(occurrenceOf(match), occurrence)).map(Match::volunteerId)
                .filter(Objects::nonNull).forEach(excluded::add);
        return excluded;
    }

    /** Matches accepted or completed. */
    public int slotsTaken() {
        return (int) matches.stream().filter(match -> match.status().takesSlot()).count();
    }

    public int completed() {
        return (int) matches.stream().filter(match -> match.status() == MatchStatus.COMPLETED).count();
    }

    /** The places of the whole need: the volunteers it wants on each of its dates. */
    public int placesNeeded() {
        return need.volunteersWanted() * Math.max(1, need.occurrences().size());
    }

    /** The places completed, at most the volunteers wanted on each date. */
    public int placesDone() {
        List<LocalDate> dates = need.occurrences();
        if (dates.isEmpty()) {
            return Math.min(need.volunteersWanted(), completed());
        }
        return dates.stream().mapToInt(date -> Math.min(need.volunteersWanted(), completedOn(date))).sum();
    }

    /** The places still to fill on the dates still to come (a date that has started can no longer be filled). */
    public int placesLeft(Instant now) {
        List<LocalDate> dates = need.occurrences();
        if (dates.isEmpty()) {
            return Math.max(0, need.volunteersWanted() - slotsTaken());
        }
        return dates.stream().filter(date -> startsAfter(date, now))
                .mapToInt(date -> Math.max(0, need.volunteersWanted() - takenOn(date))).sum();
    }

    /** No place left to fill: every date still to come has all its volunteers. */
    public boolean full(Instant now) {
        return placesLeft(now) == 0;
    }

    /**
     * Done: nothing proposed or accepted left, at least one match completed, and either every place of every date
     * completed or the last date over. (A need for three is not done when the first one came.)
     */
    public boolean done(Instant now) {
        return completed() > 0 && pending().isEmpty() && (placesDone() >= placesNeeded() || need.endedAt(now));
    }

    // ------------------------------------------------------------------------------------------- persistence

    /** The matches changed since the load. */
    public List<Match> changedMatches() {
        return List.copyOf(changed);
    }

    /** Once saved, the changed matches are no longer news. */
    @Override
    protected void afterSave() {
        changed.clear();
    }

    @Override
    public String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public NeedSnapshot need() {
        return need;
    }

    public List<Match> matches() {
        return List.copyOf(matches);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
