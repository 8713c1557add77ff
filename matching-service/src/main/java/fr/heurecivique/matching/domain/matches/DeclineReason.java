package fr.heurecivique.matching.domain.matches;

/**
 * Why a volunteer declined a proposal (a code that travels; a free note stays in matching-service): the codes of
 * event-contracts' {@link fr.heurecivique.contracts.vocabulary.DeclineReason}, whose French words they show.
 */
public enum DeclineReason {
    NOT_AVAILABLE, TOO_FAR, NOT_SUITABLE, PERSONAL, OTHER;

    public String label() {
        return fr.heurecivique.contracts.vocabulary.DeclineReason.valueOf(name()).label();
    }
}
