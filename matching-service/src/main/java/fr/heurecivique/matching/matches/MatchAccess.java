package fr.heurecivique.matching.matches;

import fr.heurecivique.defaults.security.Caller;
import fr.heurecivique.defaults.security.Role;
import fr.heurecivique.matching.domain.matches.Party;

import java.util.List;
import java.util.Optional;

/**
 * Who may act on a match, beyond the role rules of {@code AccessRulesConfiguration}: what a request path cannot say
 * (the match's volunteer, the need's commune) is checked here on the match itself, from the caller's token — never
 * from an id the request carries. A refusal is a 403 problem.
 */
final class MatchAccess {

    private MatchAccess() {
    }

    /** A proposal for a need of {@code communeInsee}: its referents, or a coordinator. */
    static void requireMayPropose(Caller caller, String communeInsee) {
        Caller.require(caller.mayManageCommune(communeInsee));
    }

    /**
     * Who is recorded as proposing: the referent's id in commune-service when the request names it (notification-service
     * writes to that referent), otherwise the caller's account.
     */
    static String proposer(Caller caller, String referentIdHint) {
        return referentIdHint != null && !referentIdHint.isBlank() ? referentIdHint.strip() : caller.subject();
    }

    /** Reading a match: its volunteer, or whoever may read its need's commune. */
    static void requireMayRead(Caller caller, MatchView match) {
        Caller.require(caller.isVolunteer(match.volunteerId()) || caller.mayReadCommune(match.communeInsee()));
    }

    /** Recording what happened (completed, no-show): the need's commune's referents, or a coordinator. */
    static void requireMayManage(Caller caller, MatchView match) {
        Caller.require(caller.mayManageCommune(match.communeInsee()));
    }

    /**
     * Answering a proposal: the volunteer themselves (returned, so that the answer is checked against the match's
     * volunteer), or a referent of the need's commune or a coordinator answering for them (after a phone call).
     */
    static Optional<String> answering(Caller caller, MatchView match) {
        if (caller.isVolunteer(match.volunteerId())) {
            return Optional.of(match.volunteerId());
        }
        requireMayManage(caller, match);
        return Optional.empty();
    }

    /** Cancelling: the party is who the caller is — the match's volunteer, or the need's commune. */
    static Party cancelling(Caller caller, MatchView match) {
        if (caller.isVolunteer(match.volunteerId())) {
            return Party.VOLUNTEER;
        }
        requireMayManage(caller, match);
        return Party.REFERENT;
    }

    /** The caller's own volunteer id (the {@code volunteer_id} claim of a volunteer's token), or a 403. */
    static String ownVolunteerId(Caller caller) {
        Caller.require(caller.has(Role.VOLUNTEER) && caller.volunteerId().isPresent());
        return caller.volunteerId().get();
    }

    /** A volunteer's list: all of it for themselves, coordinators and admins; a referent sees their communes'. */
    static List<MatchView> visible(Caller caller, String volunteerId, List<MatchView> matches) {
        Caller.require(caller.isVolunteer(volunteerId) || caller.hasAny(Role.REFERENT, Role.COORDINATOR, Role.ADMIN));
        if (caller.isVolunteer(volunteerId) || caller.hasAny(Role.COORDINATOR, Role.ADMIN)) {
            return matches;
        }
        return matches.stream().filter(match -> caller.isReferentOf(match.communeInsee())).toList();
    }
}
