package fr.heurecivique.matching.matches;

import java.util.Optional;

/**
 * Who acts on a match. Until the services check tokens (issue 7, being added), the person is taken from the request:
 * the referent's id given when proposing ({@code referentId}), the volunteer's id optionally given when answering
 * ({@code volunteerId}: when present, it must be the match's volunteer). This is the one place to read them from the
 * token's claims instead; the signed answer links name their match and need no account.
 */
final class ActingPerson {

    private ActingPerson() {
    }

    /** The referent who proposes. */
    static String referent(String fromRequest) {
        return fromRequest.strip();
    }

    /** The volunteer who answers, when the request says. */
    static Optional<String> volunteer(String fromRequest) {
        return Optional.ofNullable(fromRequest).map(String::strip).filter(id -> !id.isEmpty());
    }
}
