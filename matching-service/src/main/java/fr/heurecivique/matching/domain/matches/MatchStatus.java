package fr.heurecivique.matching.domain.matches;

/**
 * A match's lifecycle: {@code PROPOSED → ACCEPTED | DECLINED | EXPIRED | WITHDRAWN | CANCELLED};
 * {@code ACCEPTED → COMPLETED | CANCELLED | NO_SHOW}. The other states are final.
 */
public enum MatchStatus {
    PROPOSED("proposée"),
    ACCEPTED("acceptée"),
    DECLINED("déclinée"),
    EXPIRED("expirée"),
    WITHDRAWN("retirée, le besoin étant complet"),
    CANCELLED("annulée"),
    COMPLETED("réalisée"),
    NO_SHOW("non honorée");

    private final String label;

    MatchStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Proposed or accepted: still expected to happen. */
    public boolean pending() {
        return this == PROPOSED || this == ACCEPTED;
    }

    /** Accepted or completed: takes one of the volunteers the need wants. */
    public boolean takesSlot() {
        return this == ACCEPTED || this == COMPLETED;
    }
}
