package fr.heurecivique.matching.domain.matches;

/** Why a volunteer declined a proposal (a code that travels; a free note stays in matching-service). */
public enum DeclineReason {
    NOT_AVAILABLE("Pas disponible à ce moment-là"),
    TOO_FAR("Trop loin"),
    NOT_SUITABLE("Cette aide ne me convient pas"),
    PERSONAL("Raison personnelle"),
    OTHER("Autre raison");

    private final String label;

    DeclineReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
